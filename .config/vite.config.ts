import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { RENDERER_CSP } from '../electron/csp';

const root = resolve(import.meta.dirname, '..');

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
      onwarn(warning, warn) {
        // "use client" is meaningless outside a server-components bundler.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
