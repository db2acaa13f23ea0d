/**
 * A state-changing request must come from our own pages. Browsers send Origin on every POST; when it
 * names another site the request is refused. Requests without Origin (scripts with a token) pass.
 */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Refuses bodies larger than `maxBytes` before reading them, by their declared length. */
export function declaresTooLargeBody(request: Request, maxBytes: number): boolean {
  const length = Number(request.headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > maxBytes;
}
