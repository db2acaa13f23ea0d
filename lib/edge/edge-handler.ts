import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isPublicHost } from "@/lib/http/app-url";
import { clientAddress, isLoopback, type ProxyTrust, peerIsTrustedProxy } from "@/lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, EDGE_TOKEN_HEADER } from "@/lib/http/edge-headers";
import { currentInstant } from "@/lib/time";
import { ANONYMOUS_BODY_LIMIT, bodyRuleFor, SESSION_BODY_LIMIT } from "./body-limits";
import { countRefusal, edgeState, type RefusalReason } from "./edge-state";
import { sessionTokenFrom } from "./session-cookie";
import { type EdgeAnswer, unavailablePage } from "./unavailable-page";

export interface EdgeConfig {
  trust: ProxyTrust;
  /** The one public origin: every mailed link uses it, and sign-in answers only under its host. */
  publicOrigin: URL;
  mailboxEnabled: boolean;
  /** Per-process secret that lets the app believe the client address this edge sets. */
  edgeToken: string;
  sessionIsValid(token: string): Promise<boolean>;
  databaseReachable(): Promise<boolean>;
  /** At most this many bodies over the signed-in form limit are read at once. */
  maxLargeBodies?: number;
}

// Headers only this edge may set; whatever a client sent under these names is dropped.
const EDGE_ONLY = [EDGE_TOKEN_HEADER, CLIENT_ADDRESS_HEADER, "x-real-ip", "forwarded"];
const PROXY_STATED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
// Answered under any Host, for load balancers and scrapers that address the server by its IP.
const ANY_HOST = new Set(["/api/health", "/metrics"]);
const PROBE_INTERVAL_MS = 1000;

function answer(res: ServerResponse, reason: RefusalReason, reply: EdgeAnswer) {
  countRefusal(reason);
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader("content-type", reply.contentType ?? "text/plain; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  // The body was never read: close the connection rather than drain megabytes we refused.
  res.setHeader("connection", "close");
  res.end(reply.body);
}

function firstValue(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || null;
}

/**
 * Everything decided about a request before the app sees it: who the client is (the socket, unless a
 * configured proxy says otherwise), which host it asked for, how large a body it may send, whether
 * the development mailbox answers it, and whether the database is reachable at all.
 */
export function createEdgeHandler(
  config: EdgeConfig,
  app: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
) {
  const maxLargeBodies = config.maxLargeBodies ?? 4;
  let largeBodies = 0;
  let probe: Promise<boolean> | null = null;
  let probedAt = 0;
  const https = config.publicOrigin.protocol === "https:";

  async function databaseStillDown(): Promise<boolean> {
    const state = edgeState();
    if (!state.databaseDown) return false;
    const now = currentInstant();
    if (!probe && now - probedAt >= PROBE_INTERVAL_MS) {
      probedAt = now;
      probe = config
        .databaseReachable()
        .catch(() => false)
        .then((reachable) => {
          if (reachable) state.databaseDown = false;
          probe = null;
          return reachable;
        });
    }
    if (probe) await probe;
    return state.databaseDown;
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Next renders a server action's redirect target by fetching it from this same server, with the
    // headers this edge set on the action (our token included): such a request is our own, and keeps
    // the client address and host already established for it.
    if (isOwnRequest(req.headers[EDGE_TOKEN_HEADER], config.edgeToken)) return app(req, res);
    const socketAddress = req.socket.remoteAddress ?? null;
    const viaProxy = peerIsTrustedProxy(socketAddress, config.trust);
    const client = clientAddress(
      { socketAddress, forwardedFor: firstList(req.headers["x-forwarded-for"]) },
      config.trust,
    );
    const host = (viaProxy && firstValue(req.headers["x-forwarded-host"])) || req.headers.host || "";
    for (const name of EDGE_ONLY) delete req.headers[name];
    if (!viaProxy) for (const name of PROXY_STATED) delete req.headers[name];
    req.headers["x-forwarded-for"] = client ?? "";
    req.headers[EDGE_TOKEN_HEADER] = config.edgeToken;
    req.headers[CLIENT_ADDRESS_HEADER] = client ?? "";
    if (https) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");

    const url = new URL(req.url ?? "/", "http://edge.invalid");
    const method = (req.method ?? "GET").toUpperCase();

    if (url.pathname.startsWith("/dev/") && !(config.mailboxEnabled && isLoopback(client))) {
      return answer(res, "mailbox_not_loopback", { status: 404, body: "Not found\n" });
    }
    // Only the public host is served: links in mail carry it, and a page under another name (a DNS
    // rebinding attack on a loopback server, a forged Host) can neither sign in nor read the mailbox.
    if (!ANY_HOST.has(url.pathname) && !isPublicHost(host, config.publicOrigin)) {
      if (method === "GET" || method === "HEAD") {
        const target = new URL(`${url.pathname}${url.search}`, config.publicOrigin);
        return answer(res, "wrong_host", {
          status: 308,
          headers: { location: target.toString() },
          body: `This server answers at ${config.publicOrigin.origin} only.\n`,
        });
      }
      return answer(res, "wrong_host", {
        status: 421,
        body: `Refused: this server answers at ${config.publicOrigin.origin} only.\n`,
      });
    }

    const token = sessionTokenFrom(req.headers.cookie);
    const rule = bodyRuleFor(method, url.pathname, token !== null);
    const declared =
      req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
    const hasBody = declared !== null ? declared > 0 : req.headers["transfer-encoding"] !== undefined;
    if (hasBody && rule.limit === 0) {
      return answer(res, "body_too_large", { status: 413, body: "Refused: this request takes no body.\n" });
    }
    if (hasBody && declared === null && token === null) {
      return answer(res, "length_required", {
        status: 411,
        body: "Refused: send a Content-Length with the request body.\n",
      });
    }
    if (declared !== null && (!Number.isFinite(declared) || declared > rule.limit)) {
      return answer(res, "body_too_large", {
        status: 413,
        body: `Refused: the request body is larger than the ${rule.limit}-byte limit for this address.\n`,
      });
    }
    const large = declared === null ? hasBody : declared > ANONYMOUS_BODY_LIMIT;
    if (
      large &&
      rule.needsValidSession &&
      !(token && (await config.sessionIsValid(token).catch(() => false)))
    ) {
      return answer(res, "session_rejected", {
        status: 413,
        body: `Refused: a body over ${ANONYMOUS_BODY_LIMIT} bytes needs a signed-in session. Sign in again.\n`,
      });
    }
    const counted = declared === null || declared > SESSION_BODY_LIMIT;
    if (large && counted && largeBodies >= maxLargeBodies) {
      return answer(res, "busy", {
        status: 503,
        headers: { "retry-after": "5" },
        body: "The server is receiving other large uploads. Try again in a few seconds.\n",
      });
    }
    if (!url.pathname.startsWith("/_next/static/") && (await databaseStillDown())) {
      return answer(res, "database_unavailable", unavailablePage(req.headers.accept, url.pathname));
    }
    if (large && counted) {
      largeBodies += 1;
      res.once("close", () => {
        largeBodies -= 1;
      });
    }
    await app(req, res);
  };
}

function isOwnRequest(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== "string" || presented.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(presented), Buffer.from(token));
}

function firstList(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  return Array.isArray(header) ? header.join(",") : header;
}
