import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages, people } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import { createSigningDocument } from "@/db/seed/signing-documents";
import type { Actor } from "@/lib/auth/actor";
import { QUEUES } from "@/lib/queue/queues";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/services/api-tokens/revoke-api-token";
import { testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { openTestRuntime } from "@/lib/testing/runtime";
import { handleCoverageRequest, handleMetricsRequest } from "./endpoints";

// Inside the first bundles of the real 2017 Q1 SKR (bundles every 10 days, 2017-01-01 to 2017-04-11).
const now = Date.parse("2017-02-15T00:00:00Z");
const actorOf = (person: { id: string; email: string; roles: Actor["roles"] }): Actor => ({
  id: person.id,
  label: person.email,
  roles: person.roles,
  requestId: null,
  ip: null,
});
const get = (path: string, authorization?: string) =>
  new Request(`http://localhost${path}`, authorization ? { headers: { authorization } } : {});

describe(`GET /api/coverage and /metrics on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let valid: string;
  let revoked: string;
  let tcrs: string;
  const both = (authorization?: string) =>
    Promise.all([
      handleCoverageRequest(runtime, get("/api/coverage", authorization), now),
      handleMetricsRequest(runtime, get("/metrics", authorization), now),
    ]);

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const coordinator = await createPerson(runtime.db, {
      email: "ep-coord@example.org",
      roles: ["coordinator"],
    });
    const officer = await createPerson(runtime.db, {
      email: "ep-co@example.org",
      roles: ["internal_witness"],
    });
    valid = (await createApiToken(runtime.db, actorOf(coordinator), { name: "prometheus" }, Date.now()))
      .token;
    const old = await createApiToken(runtime.db, actorOf(coordinator), { name: "old" }, Date.now());
    await revokeApiToken(runtime.db, actorOf(coordinator), { tokenId: old.id }, Date.now());
    revoked = old.token;
    // Officers may not see coverage; a token made while they could stays refused.
    tcrs = (await createApiToken(runtime.db, actorOf(officer), { name: "officer" }, Date.now())).token;
    await runtime.db
      .update(people)
      .set({ roles: ["crypto_officer"] })
      .where(eq(people.id, officer.id));

    const bytes = fixture("skr-root-2017-q1-0.xml");
    await createSigningDocument(runtime.db, {
      bytes,
      fileName: "skr-root-2017-q1-0.xml",
      uploadedBy: coordinator.id,
    });
    const facility = await createFacility(runtime.db, { code: "KSK-EAST", timeZone: "America/New_York" });
    const at = (iso: string) => ({
      facilityId: facility.id,
      startsAt: new Date(iso),
      timeZone: "America/New_York",
    });
    await createCeremony(runtime.db, { ...at("2017-03-02T15:00:00Z"), label: "KSK-T1", lastVerdict: "met" });
    await createCeremony(runtime.db, {
      ...at("2017-05-02T15:00:00Z"),
      label: "KSK-T2",
      lastVerdict: "not_met",
    });
    await createCeremony(runtime.db, { ...at("2017-08-02T15:00:00Z"), label: "KSK-T3" });
    await createCeremony(runtime.db, { ...at("2017-04-02T15:00:00Z"), label: "KSK-X", status: "cancelled" });

    const mail = (n: number, status: "queued" | "sent" | "failed") => ({
      idempotencyKey: `ep-${n}`,
      template: "test",
      to: "someone@example.org",
      subject: "s",
      html: "<p>h</p>",
      text: "t",
      status,
    });
    await runtime.db
      .insert(emailMessages)
      .values([mail(1, "failed"), mail(2, "failed"), mail(3, "queued"), mail(4, "sent")]);
    await runtime.boss.send(QUEUES.coverageCheck, {});
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("refuse a missing token with 401 and a Bearer challenge", async () => {
    const [coverage, metrics] = await both();
    for (const response of [coverage, metrics]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="Ceremony Desk"');
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(await coverage.json()).toMatchObject({ error: "unauthenticated" });
    expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await metrics.text()).toMatch(/Bearer/);
  });

  it("refuse malformed, unknown and revoked tokens with 401 invalid_token", async () => {
    const attempts = [
      `Basic ${Buffer.from("a:b").toString("base64")}`,
      "Bearer",
      "Bearer not-a-token",
      `Bearer cdk_${"x".repeat(43)}`,
      `Bearer ${revoked}`,
    ];
    for (const authorization of attempts) {
      const [coverage, metrics] = await both(authorization);
      expect([coverage.status, metrics.status], authorization).toEqual([401, 401]);
      expect(metrics.headers.get("www-authenticate")).toMatch(/^Bearer realm="Ceremony Desk"/);
    }
    const [coverage] = await both(`Bearer ${revoked}`);
    expect(coverage.headers.get("www-authenticate")).toBe(
      'Bearer realm="Ceremony Desk", error="invalid_token"',
    );
    expect(await coverage.json()).toEqual({
      error: "unauthenticated",
      message: "Unknown or revoked API token.",
    });
  });

  it("refuse with 403 a token whose owner's roles do not allow it", async () => {
    const [coverage, metrics] = await both(`Bearer ${tcrs}`);
    expect([coverage.status, metrics.status]).toEqual([403, 403]);
    expect((await coverage.json()).error).toBe("forbidden");
    expect(coverage.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
  });

  it("answer /api/coverage with the coverage report, instants in UTC", async () => {
    const response = await handleCoverageRequest(runtime, get("/api/coverage", `bearer ${valid}`), now);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      now: "2017-02-15T00:00:00Z",
      state: "covered",
      coverageEnd: "2017-04-11T00:00:00Z",
      nextNeededBy: "2017-03-31T00:00:00Z",
      secondsLeft: 55 * 86_400,
      daysLeft: 55,
      inForce: {
        documentId: "122992ea-297d-4f12-845b-0fb448c33ccb",
        serial: 1,
        bundleId: "1bfda965-94b3-405b-909d-e33999679034",
        inception: "2017-02-10T00:00:00Z",
        expiration: "2017-03-03T00:00:00Z",
      },
      gaps: [],
      skrs: [
        {
          documentId: "122992ea-297d-4f12-845b-0fb448c33ccb",
          serial: 1,
          firstInception: "2017-01-01T00:00:00Z",
          lastExpiration: "2017-04-11T00:00:00Z",
          bundleCount: 9,
          countedBundleCount: 9,
        },
      ],
      notCounted: [],
      ceremonies: [
        { label: "KSK-T1", startsAt: "2017-03-02T15:00:00Z", facility: "KSK-EAST", verdict: "met" },
        { label: "KSK-T2", startsAt: "2017-05-02T15:00:00Z", facility: "KSK-EAST", verdict: "not_met" },
        { label: "KSK-T3", startsAt: "2017-08-02T15:00:00Z", facility: "KSK-EAST", verdict: "none" },
      ],
      risks: [],
    });
    expect(body.inForce.skrId).toBe(body.skrs[0].id);
  });

  it("answer /metrics in Prometheus text with each metric's value", async () => {
    const response = await handleMetricsRequest(runtime, get("/metrics", `Bearer ${valid}`), now);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    const value = (series: string) => {
      const line = text.split("\n").find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : undefined;
    };
    expect(text).toContain("# TYPE ceremony_desk_coverage_seconds_left gauge");
    expect(value("ceremony_desk_coverage_seconds_left")).toBe(55 * 86_400);
    expect(value("ceremony_desk_coverage_end_timestamp_seconds")).toBe(
      Date.parse("2017-04-11T00:00:00Z") / 1000,
    );
    expect(value("ceremony_desk_skr_next_needed_by_timestamp_seconds")).toBe(
      Date.parse("2017-03-31T00:00:00Z") / 1000,
    );
    expect(value('ceremony_desk_coverage_state{state="covered"}')).toBe(1);
    expect(value('ceremony_desk_coverage_state{state="expired"}')).toBe(0);
    expect(value("ceremony_desk_skr_documents")).toBe(1);
    expect(value('ceremony_desk_ceremonies{verdict="met"}')).toBe(1);
    expect(value('ceremony_desk_ceremonies{verdict="at_risk"}')).toBe(0);
    expect(value('ceremony_desk_ceremonies{verdict="not_met"}')).toBe(1);
    expect(value('ceremony_desk_ceremonies{verdict="none"}')).toBe(1);
    expect(value(`ceremony_desk_job_queue_depth{queue="${QUEUES.coverageCheck}"}`)).toBe(1);
    expect(value(`ceremony_desk_job_queue_depth{queue="${QUEUES.mail}"}`)).toBe(0);
    expect(value("ceremony_desk_email_failed_total")).toBe(2);
    expect(text).toContain("# TYPE ceremony_desk_email_failed_total counter");
    expect(value("ceremony_desk_email_queued")).toBe(1);
    expect(value('ceremony_desk_deadline_risk{kind="not_met"}')).toBe(0);
  });

  it("after the last expiry report no coverage left, and the deadline as passed", async () => {
    const later = Date.parse("2017-06-01T00:00:00Z");
    const response = await handleCoverageRequest(runtime, get("/api/coverage", `Bearer ${valid}`), later);
    expect(await response.json()).toMatchObject({
      state: "expired",
      secondsLeft: 0,
      daysLeft: 0,
      inForce: null,
    });
    const metrics = await (
      await handleMetricsRequest(runtime, get("/metrics", `Bearer ${valid}`), later)
    ).text();
    expect(metrics).toContain("\nceremony_desk_coverage_seconds_left 0\n");
    expect(metrics).toContain('\nceremony_desk_coverage_state{state="expired"} 1\n');
  });
});
