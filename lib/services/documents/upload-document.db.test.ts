import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, signingDocuments } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { QUEUES } from "@/lib/queue/queues";
import { testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { openTestRuntime } from "@/lib/testing/runtime";
import { uploadDocument } from "./upload-document";

// Every IANA document the project keeps, so a new fixture is covered without editing this test.
const FIXTURES = readdirSync(fileURLToPath(new URL("../../../fixtures/iana/", import.meta.url)))
  .filter((name) => name.endsWith(".xml"))
  .sort();
const good = fixture("ksr-root-2018-q1-0-d_to_e.xml").toString("utf8");
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<KSR id="x" domain="." serial="0">&lol9;</KSR>`;
const HOSTILE: [string, Uint8Array, RegExp][] = [
  ["lol.xml", Buffer.from(billionLaughs), /^lol\.xml: line 6: .*DOCTYPE is not allowed/],
  [
    "xxe.xml",
    Buffer.from(`<?xml version="1.0"?>\n<!DOCTYPE KSR [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<KSR/>`),
    /^xxe\.xml: line \d+: .*DOCTYPE is not allowed/,
  ],
  [
    "huge.xml",
    new Uint8Array(2 * 1024 * 1024).fill(0x20),
    /^huge\.xml is 2097152 bytes; the limit is 1048576/,
  ],
  [
    "cut.xml",
    Buffer.from(good.slice(0, good.length / 2)),
    /^cut\.xml: line \d+: .*(unclosed|unexpected end)/i,
  ],
  ["root.xml", Buffer.from(`<SKR id="x" domain="." serial="0"></SKR>`), /^root\.xml: line 1: root element/],
];

describe(`uploading KSRs and SKRs on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let actor: Actor;
  const upload = (fileName: string, bytes: Uint8Array) =>
    uploadDocument(runtime.db, runtime.boss, actor, { fileName, bytes }, Date.now());
  const uploadAudits = () => runtime.db.$count(auditEvents, eq(auditEvents.action, "document.uploaded"));
  const coverageJobs = () =>
    runtime.boss.findJobs<{ reason: string; documentId: string }>(QUEUES.coverageCheck);

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = await createPerson(runtime.db, { email: "uploader@example.org", roles: ["coordinator"] });
    actor = { id: person.id, label: person.email, roles: ["coordinator"], requestId: null, ip: null };
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("stores every IANA fixture with its type, nine bundles and one audit event each", async () => {
    expect(FIXTURES).toHaveLength(6);
    for (const name of FIXTURES) {
      const result = await upload(name, fixture(name));
      expect(result, name).toMatchObject({ created: true, type: name.startsWith("skr") ? "SKR" : "KSR" });
      const [row] = await runtime.db
        .select()
        .from(signingDocuments)
        .where(eq(signingDocuments.id, result.id));
      expect(row?.bundles, name).toHaveLength(9);
      expect(row?.fileName).toBe(name);
      expect(row?.byteSize).toBe(fixture(name).byteLength);
      expect(row?.content).toBe(fixture(name).toString("utf8"));
      expect(row?.uploadedBy).toBe(actor.id);
      // Sorted, the KSRs come first: none of them may have queued a coverage check.
      if (result.type === "KSR") expect(await coverageJobs(), name).toHaveLength(0);
    }
    expect(await runtime.db.$count(signingDocuments)).toBe(FIXTURES.length);
    expect(await uploadAudits()).toBe(FIXTURES.length);
  });

  it("a new SKR queues a coverage check naming it", async () => {
    const skrs = await runtime.db
      .select({ id: signingDocuments.id })
      .from(signingDocuments)
      .where(eq(signingDocuments.type, "SKR"))
      .orderBy(signingDocuments.uploadedAt);
    expect(skrs).toHaveLength(2);
    const queued = (await coverageJobs()).map((job) => job.data);
    // The queue keeps one waiting check at a time (a later run recomputes everything), so the second
    // SKR may find the first one's check still waiting; the first SKR's own check is always there.
    expect(queued).toContainEqual({ reason: "upload", documentId: skrs[0]?.id });
    for (const data of queued) expect(skrs.map((s) => s.id)).toContain(data.documentId);
  });

  it("the same bytes again return the row on file: no second row, audit event or job", async () => {
    const [first] = await runtime.db
      .select()
      .from(signingDocuments)
      .where(eq(signingDocuments.fileName, "skr-root-2017-q1-0.xml"));
    const [audits, jobs] = [await uploadAudits(), (await coverageJobs()).length];
    const again = await upload("renamed.xml", fixture("skr-root-2017-q1-0.xml"));
    expect(again).toMatchObject({ id: first?.id, created: false, type: "SKR", sha256: first?.sha256 });
    expect(await runtime.db.$count(signingDocuments)).toBe(FIXTURES.length);
    expect(await uploadAudits()).toBe(audits);
    expect(await coverageJobs()).toHaveLength(jobs);
  });

  it("two simultaneous uploads of new bytes store one row and report one of them as created", async () => {
    const bytes = Buffer.from(good.replace(/serial="\d+"/, 'serial="77"'));
    const results = await Promise.all([upload("a.xml", bytes), upload("b.xml", bytes)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]?.id).toBe(results[1]?.id);
  });

  it("ksr.bad.xml is kept with its failed proof-of-possession findings, naming the bundles", async () => {
    const [bad] = await runtime.db
      .select()
      .from(signingDocuments)
      .where(eq(signingDocuments.fileName, "ksr.bad.xml"));
    expect(bad?.errorCount).toBeGreaterThan(0);
    const invalid = bad?.findings.filter((f) => f.code === "signature_invalid") ?? [];
    expect(invalid.length).toBeGreaterThan(0);
    for (const finding of invalid) {
      expect(finding.severity).toBe("error");
      expect(finding.message).toMatch(/^bundle \S+: .*proof of possession fails/);
    }
    const [audit] = await runtime.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, bad?.id ?? ""));
    expect(audit?.summary).toMatchObject({ type: "KSR", sha256: bad?.sha256, errorCount: bad?.errorCount });
  });

  it.each(HOSTILE)(
    "%s is refused with a message, storing and recording nothing",
    async (name, bytes, message) => {
      const [rows, audits] = [await runtime.db.$count(signingDocuments), await uploadAudits()];
      const error = await upload(name, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(name === "huge.xml" ? "too_large" : "invalid_input");
      expect((error as AppError).message).toMatch(message);
      expect(await runtime.db.$count(signingDocuments)).toBe(rows);
      expect(await uploadAudits()).toBe(audits);
    },
  );
});
