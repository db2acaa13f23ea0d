import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIES } from "@/lib/edge/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

// Only a convenience: sends visitors without a session cookie to sign in, tags each request with an id
// for the audit trail and gives each page its Content-Security-Policy nonce. Every page and action still checks the session and the policy itself; API
// routes answer 401/404 on their own (a calendar feed's secret address is its credential), and so does
// /metrics (a personal API token), so that a scraper gets a 401 rather than a sign-in page.
const PUBLIC_PREFIXES = ["/signin", "/api/", "/dev/mailbox", "/_next", "/favicon"];
const PUBLIC_PATHS = ["/metrics"];

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-request-id", crypto.randomUUID());
  // Pages get the policy with a fresh nonce; route handlers (downloads, feeds, JSON) set their own.
  const { pathname, search } = request.nextUrl;
  const policy =
    pathname.startsWith("/api/") || pathname === "/metrics" ? null : contentSecurityPolicy(newNonce());
  if (policy) headers.set("content-security-policy", policy);
  const isPublic =
    PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const signIn = new URL("/signin", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const response = NextResponse.next({ request: { headers } });
  if (policy) response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"] };
