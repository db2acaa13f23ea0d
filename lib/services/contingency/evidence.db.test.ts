import { createHash, randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, contingencyEvents, contingencyEvidence } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { SAMPLE_HTML, SAMPLE_PDF, SAMPLE_PNG } from "@/lib/domain/files/sample-files";
import { verifyWholeTrail } from "@/lib/queries/audit-verify";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { downloadEvidence } from "@/lib/routes/evidence-download";
import { actorFor, executingSurrogates } from "@/lib/testing/contingency";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR } from "@/lib/time";
import { abandonContingency, addContingencyEvidence, completeContingencyStep } from "./index";

const t0 = Date.parse("2020-04-01T09:00:00Z");
const at = (hours: number) => t0 + hours * MS_PER_HOUR;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const consentPdf = { name: "consent-forms-kc41.pdf", bytes: SAMPLE_PDF };
const baggagePng = { name: "Tomás bag A1234.png", bytes: SAMPLE_PNG };

// Credential surrogates again: the consent step (attachment, coordinators) takes files as its evidence.
describe(`contingency evidence files on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let a: Actor;
  let b: Actor;
  let controller: Actor;
  let auditor: Actor;
  let tcr: Actor;
  let id: string;
  let otherId: string;
  let steps: Awaited<ReturnType<typeof executingSurrogates>>["steps"];
  const consent = () => steps[0]?.id;
  const transfer = () => steps[2]?.id;
  const complete = (actor: Actor, stepId: string | undefined, note: string, files: unknown[]) =>
    completeContingencyStep(runtime.db, actor, { id, stepId, note, files }, at(5));
  const addFiles = (actor: Actor, stepId: string | undefined, files: unknown[]) =>
    addContingencyEvidence(runtime.db, actor, { id, stepId, files }, at(6));
  const stored = () =>
    runtime.db.select().from(contingencyEvidence).where(eq(contingencyEvidence.contingencyId, id));
  const eventCount = async () =>
    (
      await runtime.db
        .select({ n: count() })
        .from(contingencyEvents)
        .where(eq(contingencyEvents.contingencyId, id))
    )[0]?.n;

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = (email: string, roles: Actor["roles"]) =>
      createPerson(runtime.db, { email, roles: [...roles] }).then((p) => actorFor(p));
    a = await person("ev-a@example.org", ["coordinator"]);
    b = await person("ev-b@example.org", ["coordinator"]);
    const c = await person("ev-c@example.org", ["coordinator"]);
    controller = await person("ev-ssc@example.org", ["safe_security_controller"]);
    auditor = await person("ev-auditor@example.org", ["auditor"]);
    tcr = await person("ev-tcr@example.org", ["crypto_officer"]);
    ({ id, steps } = await executingSurrogates(runtime, [a, b, c], "Four TCRs cannot travel", t0));
    ({ id: otherId } = await executingSurrogates(runtime, [b, a, c], "The West safe will not open", t0));
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("refuses to complete an attachment step without a file, or with a hostile one, writing nothing", async () => {
    const events = await eventCount();
    const [audits] = await runtime.db.select({ n: count() }).from(auditEvents);
    await expect(complete(a, consent(), "Forms are in the safe", [])).rejects.toMatchObject({
      code: "invalid_input",
      fields: { files: "Attach at least one file as evidence (PDF, PNG, JPEG or plain text)." },
    });
    const disguised = { name: "C:\\fakepath\\consent.pdf", bytes: SAMPLE_HTML };
    await expect(complete(a, consent(), "Forms", [consentPdf, disguised])).rejects.toMatchObject({
      fields: { files: "consent.pdf: only PDF, PNG, JPEG or plain-text files can be attached." },
    });
    await expect(complete(a, consent(), "Forms", [{ name: "x.pdf", bytes: "%PDF-" }])).rejects.toMatchObject({
      code: "invalid_input",
    });
    expect(await stored()).toEqual([]);
    expect(await eventCount()).toBe(events);
    expect((await runtime.db.select({ n: count() }).from(auditEvents))[0]?.n).toBe(audits?.n);
    const detail = await contingencyDetail(runtime.db, id);
    expect(detail?.steps[0]).toMatchObject({ status: "pending", files: [] });
  });

  it("a note step takes no files", async () => {
    await expect(complete(controller, transfer(), "Bags 1-4 sent", [consentPdf])).rejects.toMatchObject({
      fields: { files: "This step takes no files; describe what was done in the note." },
    });
  });

  it("stores each file with the type read from its content and its SHA-256; the record keeps no content", async () => {
    // The same file picked twice is kept once.
    const done = await complete(a, consent(), "", [consentPdf, baggagePng, consentPdf]);
    expect(done.changed).toBe(true);
    expect(done.evidence?.map((f) => [f.name, f.type, f.size, f.sha256])).toEqual([
      ["consent-forms-kc41.pdf", "application/pdf", SAMPLE_PDF.byteLength, sha256(SAMPLE_PDF)],
      ["Tomás bag A1234.png", "image/png", SAMPLE_PNG.byteLength, sha256(SAMPLE_PNG)],
    ]);
    const rows = await stored();
    expect(rows).toHaveLength(2);
    const pdfRow = rows.find((r) => r.contentType === "application/pdf");
    expect(pdfRow).toMatchObject({ stepId: consent(), uploadedBy: a.id, byteSize: SAMPLE_PDF.byteLength });
    expect(Buffer.from(pdfRow?.content ?? []).equals(Buffer.from(SAMPLE_PDF))).toBe(true);

    const detail = await contingencyDetail(runtime.db, id);
    const uploader = expect.stringMatching(/^Person \d+$/);
    expect(detail?.steps[0]?.files.map((f) => [f.fileName, f.sha256, f.uploadedBy])).toEqual([
      ["Tomás bag A1234.png", sha256(SAMPLE_PNG), uploader],
      ["consent-forms-kc41.pdf", sha256(SAMPLE_PDF), uploader],
    ]);
    const completed = detail?.timeline.find((e) => e.kind === "step_completed");
    expect(completed?.detail.files).toEqual(done.evidence);
    expect(completed?.text).toBe(
      `Completed “Collect each holder's written consent naming their surrogate”. Files: consent-forms-kc41.pdf (${SAMPLE_PDF.byteLength} bytes, SHA-256 ${sha256(SAMPLE_PDF).slice(0, 12)}…), Tomás bag A1234.png (${SAMPLE_PNG.byteLength} bytes, SHA-256 ${sha256(SAMPLE_PNG).slice(0, 12)}…).`,
    );
    const [audit] = await runtime.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "contingency.step_completed"), eq(auditEvents.subjectId, id)));
    expect(audit?.summary.files).toEqual(done.evidence);
    expect(JSON.stringify(audit?.summary)).not.toContain("PDF-1.4");
  });

  it("sends a file back as a download, only under its own workflow and to those who may view it", async () => {
    const [pdfRow] = (await stored()).filter((r) => r.contentType === "application/pdf");
    const evidenceId = pdfRow?.id ?? "";
    const response = await downloadEvidence(runtime.db, auditor, { id, evidenceId }, Date.now());
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="consent-forms-kc41.pdf"; filename*=UTF-8''consent-forms-kc41.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    const body = new Uint8Array(await response.arrayBuffer());
    expect(sha256(body)).toBe(sha256(SAMPLE_PDF));

    const png = (await stored()).find((r) => r.contentType === "image/png");
    const pngResponse = await downloadEvidence(runtime.db, a, { id, evidenceId: png?.id ?? "" }, Date.now());
    expect(pngResponse.headers.get("content-disposition")).toBe(
      `attachment; filename="Tom_s bag A1234.png"; filename*=UTF-8''Tom%C3%A1s%20bag%20A1234.png`,
    );

    const statusOf = async (actor: Actor | null, params: { id: string; evidenceId: string }) =>
      (await downloadEvidence(runtime.db, actor, params, Date.now())).status;
    expect(await statusOf(a, { id: otherId, evidenceId })).toBe(404);
    expect(await statusOf(a, { id, evidenceId: randomUUID() })).toBe(404);
    expect(await statusOf(a, { id: "not-a-uuid", evidenceId: "1' or '1'='1" })).toBe(404);
    expect(await statusOf(null, { id, evidenceId })).toBe(401);
    expect(await statusOf(tcr, { id, evidenceId })).toBe(403);
    const denials = await runtime.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.access_denied"), eq(auditEvents.actorLabel, tcr.label)));
    expect(denials.map((d) => d.subjectId)).toEqual(["contingency.view"]);
  });

  it("more files follow a done step, by its owner role or a coordinator, each once, until the workflow closes", async () => {
    const notes = {
      name: "countersigned.txt",
      bytes: new TextEncoder().encode("Countersigned by KC41 board\n"),
    };
    await expect(addFiles(controller, consent(), [notes])).rejects.toMatchObject({
      code: "forbidden",
      message: "Only a coordinator may add evidence to this step.",
    });
    await expect(addFiles(b, transfer(), [notes])).rejects.toMatchObject({
      message: "This step takes no files.",
    });
    await expect(addFiles(b, steps[1]?.id, [notes])).rejects.toMatchObject({
      message: "Complete the step with its files first.",
    });
    await expect(addFiles(b, consent(), [])).rejects.toMatchObject({
      fields: { files: "Attach at least one file." },
    });
    expect(await addFiles(b, consent(), [consentPdf])).toEqual({ changed: false, evidence: [] });
    const added = await addFiles(b, consent(), [notes, consentPdf]);
    expect(added.evidence.map((f) => [f.name, f.type])).toEqual([["countersigned.txt", "text/plain"]]);
    const detail = await contingencyDetail(runtime.db, id);
    expect(detail?.steps[0]?.files).toHaveLength(3);
    expect(detail?.timeline.at(-1)?.text).toMatch(
      /^Added evidence to “Collect each holder's written consent naming their surrogate”\. Files: countersigned\.txt \(28 bytes, SHA-256 [0-9a-f]{12}…\)\.$/,
    );

    await abandonContingency(runtime.db, a, { id, version: 4, reason: "Ceremony cancelled" }, at(7));
    await expect(
      addFiles(a, consent(), [{ name: "late.txt", bytes: new TextEncoder().encode("late\n") }]),
    ).rejects.toMatchObject({ message: "The workflow is abandoned: its evidence can no longer change." });
    expect((await verifyWholeTrail(runtime.db)).ok).toBe(true);
  });
});
