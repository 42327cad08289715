import { EXPORT_STYLE_HASH } from './core/export/html';

/**
 * The renderer's Content-Security-Policy, sent by the app's protocol handler and by the browser
 * harness, and written into index.html's meta tag at build time. No inline script, no eval, no
 * remote anything. The one inline style allowed is the HTML export's own, for its preview (a
 * sandboxed frame inherits this policy).
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' '${EXPORT_STYLE_HASH}'`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
