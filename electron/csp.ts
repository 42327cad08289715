/**
 * The renderer's Content-Security-Policy, sent by the app's protocol handler and by the browser
 * harness, and repeated as a meta tag in index.html. No inline script, no eval, no remote anything.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
