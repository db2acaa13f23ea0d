import "server-only";
export interface EdgeAnswer {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const RETRY_SECONDS = 5;

/** What a person (or a script) reads while the database cannot be reached: no sign-in page, no 401. */
export function unavailablePage(accept: string | undefined, pathname: string): EdgeAnswer {
  const headers = { "retry-after": String(RETRY_SECONDS) };
  const message =
    "The service is unavailable right now: its database cannot be reached. Try again in a minute.";
  if (pathname.startsWith("/api/") || pathname === "/metrics" || !accept?.includes("text/html")) {
    return {
      status: 503,
      headers,
      contentType: "application/json",
      body: JSON.stringify({ error: "unavailable", message }),
    };
  }
  return {
    status: 503,
    headers,
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_SECONDS * 2}"><title>Service unavailable · Ceremony Desk</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>Service unavailable</h1><p>${message}</p><p>Nothing you entered was lost: anything saved before now is kept. This page tries again by itself.</p><p><a href="${escapeAttribute(pathname)}">Try again now</a></p></body></html>`,
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
