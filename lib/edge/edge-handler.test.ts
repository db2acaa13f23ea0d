import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { parseProxyTrust } from "@/lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, EDGE_TOKEN_HEADER } from "@/lib/http/edge-headers";
import { ANONYMOUS_BODY_LIMIT, EVIDENCE_BODY_LIMIT } from "./body-limits";
import { createEdgeHandler, type EdgeConfig } from "./edge-handler";
import { edgeState } from "./edge-state";

interface Sent {
  status: number;
  headers: Record<string, string>;
  body: string;
  passed: IncomingMessage | null;
}

function request(
  path: string,
  headers: Record<string, string>,
  options: { method?: string; socket?: string } = {},
): IncomingMessage {
  return {
    url: path,
    method: options.method ?? "GET",
    headers: { host: "desk.example.org", ...headers },
    socket: { remoteAddress: options.socket ?? "127.0.0.1" },
  } as unknown as IncomingMessage;
}

async function run(config: Partial<EdgeConfig>, req: IncomingMessage): Promise<Sent> {
  const sent: Sent = { status: 200, headers: {}, body: "", passed: null };
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
    end(body?: string) {
      sent.body = body ?? "";
      sent.status = res.statusCode;
    },
  }) as unknown as ServerResponse;
  const handler = createEdgeHandler(
    {
      trust: parseProxyTrust(undefined),
      publicOrigin: new URL("https://desk.example.org"),
      mailboxEnabled: true,
      edgeToken: "edge-token-for-tests",
      sessionIsValid: async (token) => token === "valid-session-token-123",
      databaseReachable: async () => true,
      ...config,
    },
    async (passed) => {
      sent.passed = passed;
      sent.status = 200;
    },
  );
  await handler(req, res);
  return sent;
}

describe("the HTTP edge", () => {
  it("replaces whatever the client says about itself with what the socket says", async () => {
    const sent = await run(
      {},
      request(
        "/dashboard",
        {
          "x-forwarded-for": "6.6.6.6",
          "x-forwarded-host": "evil.example",
          [CLIENT_ADDRESS_HEADER]: "6.6.6.6",
          [EDGE_TOKEN_HEADER]: "forged",
        },
        { socket: "203.0.113.5" },
      ),
    );
    expect(sent.passed?.headers).toMatchObject({
      "x-forwarded-for": "203.0.113.5",
      [CLIENT_ADDRESS_HEADER]: "203.0.113.5",
      [EDGE_TOKEN_HEADER]: "edge-token-for-tests",
    });
    expect(sent.passed?.headers["x-forwarded-host"]).toBeUndefined();
    expect(sent.headers["strict-transport-security"]).toContain("max-age=");
  });

  it("passes Next's own follow-up request (a server action's redirect target) as it was established", async () => {
    const own = request(
      "/restrictions/1",
      {
        host: "127.0.0.1:3000",
        [EDGE_TOKEN_HEADER]: "edge-token-for-tests",
        [CLIENT_ADDRESS_HEADER]: "203.0.113.5",
      },
      { socket: "127.0.0.1" },
    );
    const sent = await run({}, own);
    expect(sent.passed?.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.5");
    // Without the token the same request is a client's, under the wrong host.
    const forged = request("/restrictions/1", {
      host: "127.0.0.1:3000",
      [EDGE_TOKEN_HEADER]: "edge-token-for-testz",
    });
    expect((await run({}, forged)).status).toBe(308);
  });

  it("answers only under the public host: GET is sent there, anything else refused", async () => {
    const get = await run({}, request("/signin?x=1", { host: "evil.example" }));
    expect(get.status).toBe(308);
    expect(get.headers.location).toBe("https://desk.example.org/signin?x=1");
    const post = await run(
      {},
      request("/signin", { host: "evil.example", "content-length": "10" }, { method: "POST" }),
    );
    expect(post.status).toBe(421);
    expect(post.passed).toBeNull();
    // A forwarded host counts only from a trusted proxy.
    const forwarded = await run({}, request("/signin", { "x-forwarded-host": "evil.example" }));
    expect(forwarded.passed).not.toBeNull();
    const proxied = await run(
      { trust: parseProxyTrust("1") },
      request("/signin", { "x-forwarded-host": "evil.example" }, { socket: "10.0.0.2" }),
    );
    expect(proxied.status).toBe(308);
  });

  it("shows the development mailbox to this machine only, and only when it is on", async () => {
    expect((await run({}, request("/dev/mailbox", {}))).passed).not.toBeNull();
    expect((await run({}, request("/dev/mailbox", {}, { socket: "192.0.2.10" }))).status).toBe(404);
    expect((await run({ mailboxEnabled: false }, request("/dev/mailbox", {}))).status).toBe(404);
    // Behind a proxy on this machine, the client it names decides.
    const viaProxy = request("/dev/mailbox/1", { "x-forwarded-for": "192.0.2.10" });
    expect((await run({ trust: parseProxyTrust("1") }, viaProxy)).status).toBe(404);
  });

  it("limits bodies before reading them: small without a session, large only for a known session", async () => {
    const post = (path: string, length: number, cookie?: string, extra: Record<string, string> = {}) =>
      request(
        path,
        { "content-length": String(length), ...(cookie ? { cookie } : {}), ...extra },
        { method: "POST" },
      );
    const evidence = "/contingencies/0b6e1c3a-5d7e-4c1b-9a3f-2c4d5e6f7a8b";
    expect((await run({}, post("/signin", ANONYMOUS_BODY_LIMIT))).passed).not.toBeNull();
    expect((await run({}, post("/signin", 11 * 1024 * 1024))).status).toBe(413);
    expect(
      (await run({}, post("/signin", 64 * 1024, "authjs.session-token=valid-session-token-123"))).status,
    ).toBe(413);
    expect(
      (await run({}, post(evidence, 5 * 1024 * 1024, "authjs.session-token=forged-session-token-1"))).status,
    ).toBe(413);
    expect(
      (await run({}, post(evidence, 5 * 1024 * 1024, "authjs.session-token=valid-session-token-123"))).passed,
    ).not.toBeNull();
    expect(
      (await run({}, post(evidence, EVIDENCE_BODY_LIMIT + 1, "authjs.session-token=valid-session-token-123")))
        .status,
    ).toBe(413);
    const chunked = request("/signin", { "transfer-encoding": "chunked" }, { method: "POST" });
    expect((await run({}, chunked)).status).toBe(411);
    expect((await run({}, request("/dashboard", { "content-length": "5" }, { method: "GET" }))).status).toBe(
      413,
    );
  });

  it("answers 503 while the database is unreachable, and lets requests through once it is back", async () => {
    edgeState().databaseDown = true;
    let reachable = false;
    const config = { databaseReachable: async () => reachable };
    const down = await run(config, request("/dashboard", { accept: "text/html" }));
    expect(down.status).toBe(503);
    expect(down.headers["retry-after"]).toBe("5");
    expect(down.body).toContain("Service unavailable");
    const api = await run(config, request("/api/coverage", {}));
    expect(JSON.parse(api.body)).toMatchObject({ error: "unavailable" });
    reachable = true;
    expect((await run(config, request("/dashboard", {}))).passed).not.toBeNull();
    expect(edgeState().databaseDown).toBe(false);
  });
});
