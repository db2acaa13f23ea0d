import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, signingDocuments, trustAnchors } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { documentPage } from "@/lib/queries/documents/document-page";
import { QUEUES } from "@/lib/queue/queues";
import { reverifyStoredDocuments } from "@/lib/services/documents/reverify-documents";
import { uploadDocument } from "@/lib/services/documents/upload-document";
import { testDriver } from "@/lib/testing/database";
import { corruptedSkr, fixture } from "@/lib/testing/ksr-fixtures";
import { openTestRuntime } from "@/lib/testing/runtime";
import { formatInstantUtc, MS_PER_DAY } from "@/lib/time";
import { addTrustAnchors } from "./add-trust-anchors";
import { removeTrustAnchor } from "./remove-trust-anchor";

const NOW = Date.parse("2018-01-15T00:00:00Z");
const SKR = "skr-root-2018-q1-0-d_to_e.xml";
const rootAnchorsXml = readFileSync(
  fileURLToPath(new URL("../../../fixtures/trust/root-anchors.xml", import.meta.url)),
  "utf8",
);
const iso = (instant: number | null | undefined) => (instant == null ? null : formatInstantUtc(instant));

describe(`coverage counts only trusted, verified signatures, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let coordinator: Actor;
  let auditor: Actor;
  let corruptedId: string;
  const state = () => loadCoverageState(runtime.db, NOW);
  const anchorCount = () => runtime.db.$count(trustAnchors);

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = await createPerson(runtime.db, { email: "keys@example.org", roles: ["coordinator"] });
    coordinator = { id: person.id, label: person.email, roles: ["coordinator"], requestId: null, ip: null };
    const other = await createPerson(runtime.db, { email: "audit@example.org", roles: ["auditor"] });
    auditor = { id: other.id, label: other.email, roles: ["auditor"], requestId: null, ip: null };
    await uploadDocument(
      runtime.db,
      runtime.boss,
      coordinator,
      { fileName: SKR, bytes: fixture(SKR) },
      Date.now(),
    );
  });
  afterAll(() => runtime?.close());

  it("ships the root's three KSKs as anchors, and counts every bundle of the real SKR", async () => {
    const s = await state();
    expect(s.trustAnchors.map((a) => a.keyTag)).toEqual([19036, 20326, 38696]);
    expect(iso(s.coverageEnd)).toBe("2018-04-12T00:00:00Z");
    expect(s.leftOut).toEqual([]);
  });

  it("an uploaded SKR whose signatures fail is stored and shown, but leaves coverage unchanged", async () => {
    const before = await state();
    const result = await uploadDocument(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        fileName: "skr-later-corrupted.xml",
        bytes: corruptedSkr(fixture(SKR), 60 * MS_PER_DAY),
      },
      Date.now(),
    );
    corruptedId = result.id;
    expect(result).toMatchObject({ created: true, errorCount: 9 });
    const after = await state();
    expect(after.skrs).toHaveLength(2);
    expect(after.coverage).toEqual(before.coverage);
    expect(iso(after.coverageEnd)).toBe("2018-04-12T00:00:00Z");
    expect(after.inForce?.skr.fileName).toBe(SKR);
    expect(after.leftOut).toEqual([{ reason: "not counted: signature does not verify", bundles: 9 }]);
    const page = await documentPage(runtime.db, corruptedId);
    expect(page?.bundles.map((b) => b.assessment?.reason)).toEqual(
      Array(9).fill("not counted: signature does not verify"),
    );
  });

  it("refuses anchors from anyone but a coordinator, and bad input whole, with each line's reason", async () => {
    const ds = ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D";
    await expect(
      addTrustAnchors(runtime.db, runtime.boss, auditor, { text: ds, fileName: null }, Date.now()),
    ).rejects.toMatchObject({ code: "forbidden" });
    const refused = await addTrustAnchors(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        text: `. IN DS 4242 8 2 ${"A".repeat(64)}\n. IN DS 1 8 2 ABC`,
        fileName: null,
      },
      Date.now(),
    ).catch((error: AppError) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fields.anchors).toBe("line 2: a digest of type 2 is 64 hexadecimal digits");
    expect(await anchorCount()).toBe(3);
  });

  it("removing KSK-2017 leaves out the bundles it alone signed, naming it; re-adding from the XML restores them", async () => {
    const anchor = (await state()).trustAnchors.find((a) => a.keyTag === 20326);
    // The check queue keeps at most one job queued: empty it to see that the change queues one.
    await runtime.boss.deleteAllJobs(QUEUES.coverageCheck);
    await removeTrustAnchor(runtime.db, runtime.boss, coordinator, anchor?.id, Date.now());
    expect(await runtime.boss.findJobs(QUEUES.coverageCheck)).toMatchObject([
      { data: { reason: "anchors" } },
    ]);
    const without = await state();
    expect(iso(without.coverageEnd)).toBe("2018-01-22T00:00:00Z");
    expect(without.leftOut).toContainEqual({
      reason: "not counted: signed by untrusted key 20326",
      bundles: 8,
    });
    const page = await documentPage(runtime.db, (without.skrs[0] as { id: string }).id);
    expect(page?.bundles.map((b) => b.assessment?.counted)).toEqual([true, ...Array(8).fill(false)]);

    const readded = await addTrustAnchors(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        text: rootAnchorsXml,
        fileName: "root-anchors.xml",
      },
      Date.now(),
    );
    expect(readded).toEqual({ added: [20326], skipped: [19036, 38696] });
    expect(iso((await state()).coverageEnd)).toBe("2018-04-12T00:00:00Z");
    const events = await runtime.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.action, ["coverage.trust_anchor_removed", "coverage.trust_anchors_added"]));
    expect(events.map((e) => e.action).sort()).toEqual([
      "coverage.trust_anchor_removed",
      "coverage.trust_anchors_added",
    ]);
  });

  it("an SKR stored before verification was kept counts only once start-up has re-verified it", async () => {
    const [row] = await runtime.db.select().from(signingDocuments).where(eq(signingDocuments.fileName, SKR));
    if (!row) throw new Error("SKR missing");
    const stripped = row.bundles.map(({ verifiedSigners: _, ...bundle }) => bundle);
    await runtime.db
      .update(signingDocuments)
      .set({ bundles: stripped })
      .where(eq(signingDocuments.id, row.id));
    const stale = await state();
    expect(stale.coverage).toBeNull();
    expect(stale.leftOut).toContainEqual({ reason: "not counted: signature not verified yet", bundles: 9 });
    expect(await reverifyStoredDocuments(runtime.db)).toBe(1);
    expect(iso((await state()).coverageEnd)).toBe("2018-04-12T00:00:00Z");
    expect(await reverifyStoredDocuments(runtime.db)).toBe(0);
  });
});
