import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');
// Written by .config/build.mjs from electron/csp.ts, which runs first (`npm run build`).
const { RENDERER_CSP } = JSON.parse(readFileSync(resolve(root, 'dist/config/csp.json'), 'utf8')) as { RENDERER_CSP: string };

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [
    {
      name: 'copydesk-csp',
      // One policy, written once (electron/csp.ts), in the page as in the response headers.
      // frame-ancestors means nothing in a meta tag (Chromium logs an error for it): headers carry it.
      transformIndexHtml: (html) =>
        html.replace(
          '%RENDERER_CSP%',
          RENDERER_CSP.split('; ')
            .filter((directive) => !directive.startsWith('frame-ancestors'))
            .join('; '),
        ),
    },
    {
      name: 'copydesk-early-script',
      // renderer/early.ts is an entry of its own with a script tag ahead of the bundle's: it asks
      // the library for the first screen before the bundle has even arrived. Run by the bundle
      // instead, its requests waited for the bundle to be parsed, and the first of them cost 30-45
      // ms wherever the page's requests are watched (Chromium records each request's call stack,
      // and V8 read the bundle's source again for it).
      transformIndexHtml: {
        order: 'post',
        handler(html, context) {
          if (!context.bundle) return html;
          const early = Object.values(context.bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'early');
          if (!early) throw new Error('renderer/early.ts was not bundled as an entry of its own');
          return html.replace('<script type="module"', `<script type="module" crossorigin src="./${early.fileName}"></script>\n    <script type="module"`);
        },
      },
    },
  ],
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    // One stylesheet and no inline scripts: the CSP allows only the app's own files.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // React, TipTap and ProseMirror load from the local disk: one bundle is faster than many.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { index: resolve(root, 'renderer/index.html'), early: resolve(root, 'renderer/early.ts') },
      onwarn(warning, warn) {
        // "use client" is meaningless outside a server-components bundler.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
