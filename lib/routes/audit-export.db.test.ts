import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, systemActor } from "@/lib/auth/actor";
import { canonicalJson } from "@/lib/domain/audit-chain";
import { openTestDatabase, testDriver } from "@/lib/testing/database";
import { exportAudit } from "./audit-export";

const auditor: Actor = {
  id: null,
  label: "auditor@example.org",
  roles: ["auditor"],
  requestId: null,
  ip: null,
};
const now = Date.parse("2026-12-07T12:00:00Z");

/** The README's verification script, exactly as documented. */
function readmeVerifier(): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## Audit trail export"));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error("README has no verification snippet under 'Audit trail export'");
  return match[1];
}

describe(`audit export on ${testDriver}`, () => {
  let database: Database;
  const dir = mkdtempSync(join(tmpdir(), "audit-export-"));
  const script = join(dir, "verify-audit.mjs");

  const get = async (query: string, actor: Actor | null = auditor, zone = "UTC") =>
    exportAudit(database.db, actor, zone, new URL(`http://localhost/api/audit/export?${query}`), now);

  const verify = (lines: string, ...flags: string[]) => {
    const file = join(dir, `trail-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(file, lines);
    try {
      return {
        ok: true,
        out: execFileSync(process.execPath, [script, file, ...flags], { encoding: "utf8" }),
      };
    } catch (error) {
      return { ok: false, out: String((error as { stderr?: string }).stderr) };
    }
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    writeFileSync(script, readmeVerifier());
    const odd: Actor = { ...systemActor('=HYPERLINK("x"), "Ann"'), requestId: "req-1", ip: "192.0.2.1" };
    const at = (iso: string) => Date.parse(iso);
    await database.db.transaction(async (tx) => {
      await recordAudit(
        tx,
        systemActor(),
        {
          action: "ceremony.create",
          subjectType: "ceremony",
          subjectId: "c1",
          summary: { label: "KSK-1", nested: { z: 1, a: [true, null, "ü"] } },
        },
        at("2026-12-01T05:00:00Z"),
      );
      await recordAudit(
        tx,
        odd,
        {
          action: "facility.update",
          subjectType: "facility",
          subjectId: "f1",
          summary: { before: { name: "East" }, after: { name: 'East, "main"\nsite' } },
        },
        at("2026-12-02T23:30:00Z"),
      );
      await recordAudit(
        tx,
        systemActor(),
        { action: "ceremony.update", subjectType: "ceremony", subjectId: "c1", summary: { note: "-1" } },
        at("2026-12-03T10:00:00Z"),
      );
    });
  });
  afterAll(async () => {
    await database.close();
  });

  it("sends JSON lines with every chained field, named as a dated attachment", async () => {
    const response = await get("format=jsonl");
    expect(response.headers.get("content-disposition")).toContain('filename="audit-trail-2026-12-07.jsonl"');
    const rows = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(Object.keys(rows[0])).toEqual([
      "seq",
      "occurredAt",
      "actorId",
      "actorLabel",
      "action",
      "subjectType",
      "subjectId",
      "details",
      "requestId",
      "prevHash",
      "hash",
    ]);
    expect(rows[0].prevHash).toBe("0".repeat(64));
    expect(rows[1].details.ip).toBe("192.0.2.1");
  });

  it("re-hashes independently of the app's chain code", async () => {
    const rows = (await (await get("format=jsonl")).text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    let prev = "0".repeat(64);
    for (const r of rows) {
      const fields = {
        occurredAt: r.occurredAt,
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        action: r.action,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        summary: r.details,
        requestId: r.requestId,
      };
      expect(
        createHash("sha256")
          .update(`${r.prevHash}\n${canonicalJson(fields)}`)
          .digest("hex"),
      ).toBe(r.hash);
      expect(r.prevHash).toBe(prev);
      prev = r.hash;
    }
  });

  it("passes the README's verifier, which catches an altered, deleted or reordered event", async () => {
    const jsonl = await (await get("format=jsonl")).text();
    const good = verify(jsonl);
    expect(good).toMatchObject({ ok: true });
    expect(good.out).toMatch(/^3 events verified, head [0-9a-f]{64}/);
    const lines = jsonl.trim().split("\n");
    const altered = lines.map((l, i) => (i === 1 ? l.replace("East", "West") : l)).join("\n");
    expect(verify(altered)).toEqual({
      ok: false,
      out: expect.stringContaining("event #2: content does not match"),
    });
    expect(verify([lines[0], lines[2]].join("\n"))).toEqual({
      ok: false,
      out: expect.stringContaining("event #3: does not link"),
    });
    expect(verify([lines[1], lines[0], lines[2]].join("\n")).ok).toBe(false);
    expect(verify([lines[0], lines[2]].join("\n"), "--filtered").ok).toBe(true);
  });

  it("filters by action, actor, subject and days in the viewer's zone", async () => {
    const seqs = async (query: string, zone = "UTC") =>
      (await (await get(`format=jsonl&${query}`, auditor, zone)).text())
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).seq);
    expect(await seqs("action=ceremony.update")).toEqual([3]);
    expect(await seqs("action=ceremony.")).toEqual([1, 3]);
    expect(await seqs("actor=hyperlink")).toEqual([2]);
    expect(await seqs("subject=c1")).toEqual([1, 3]);
    // 23:30 UTC on the 2nd is the 3rd in Kathmandu (UTC+05:45); 05:00 UTC on the 1st is still the 1st.
    expect(await seqs("from=2026-12-02&to=2026-12-02")).toEqual([2]);
    expect(await seqs("from=2026-12-03&to=2026-12-03", "Asia/Kathmandu")).toEqual([2, 3]);
    expect(await seqs("to=2026-11-30", "America/New_York")).toEqual([]);
  });

  it("quotes CSV cells as RFC 4180 says and keeps formulas from running", async () => {
    const response = await get("format=csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    const [header, , second] = csv.split("\r\n");
    expect(header).toBe(
      "seq,occurred_at,actor_id,actor_label,action,subject_type,subject_id,details,request_id,prev_hash,hash",
    );
    expect(second).toContain(`,"'=HYPERLINK(""x""), ""Ann""",facility.update,`);
    expect(csv).toContain('"{""after"":{""name"":""East, \\""main\\""\\nsite""}');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("streams a trail longer than one batch in order", async () => {
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 520; i += 1)
        await recordAudit(tx, systemActor(), { action: "auth.signed_in", subjectType: "person" }, now);
    });
    const jsonl = await (await get("format=jsonl")).text();
    expect(jsonl.trim().split("\n")).toHaveLength(523);
    expect(verify(jsonl).ok).toBe(true);
  });
  it("answers 401 signed out and 403 to a role without audit.view", async () => {
    expect((await get("format=jsonl", null)).status).toBe(401);
    const tcr: Actor = { ...auditor, label: "co@example.org", roles: ["crypto_officer"] };
    expect((await get("format=jsonl", tcr)).status).toBe(403);
    expect((await get("format=xml")).status).toBe(400);
    expect((await get("format=csv&from=yesterday")).status).toBe(400);
  });
});
