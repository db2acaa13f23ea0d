import "server-only";
// Auth.js names its database-session cookie by the scheme: __Secure- over https.
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** The session token from a Cookie header, or null. Only a shape check: the database decides. */
export function sessionTokenFrom(cookieHeader: string | undefined | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!(SESSION_COOKIES as readonly string[]).includes(name)) continue;
    const value = decodeURIComponent(part.slice(eq + 1).trim());
    if (/^[A-Za-z0-9._~-]{16,256}$/.test(value)) return value;
  }
  return null;
}
