/**
 * The Content-Security-Policy of every page: scripts only from this site and with this response's
 * nonce (Next puts it on its own scripts when the request carries the policy), no plugins, no framing,
 * forms and connections back to this site only. Inline style attributes stay allowed: they cannot run
 * code. Development adds 'unsafe-eval' for React's debugging tools.
 */
export function contentSecurityPolicy(
  nonce: string,
  development = process.env.NODE_ENV === "development",
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
