/**
 * The app's Content-Security-Policy: scripts and styles only from the app itself, no
 * network, no plug-ins, no framing. Sent as a header by the main process and repeated in
 * `renderer/index.html`; the end-to-end tests serve the page with the same header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
