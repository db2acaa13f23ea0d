import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signingDocuments } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { addTrustAnchors } from "@/lib/services/coverage/add-trust-anchors";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { formatInstantUtc } from "@/lib/time";
import { uploadDocument } from "./upload-document";

const knot = (name: string) => readFileSync(new URL(`../../../fixtures/knot/${name}`, import.meta.url));

// Knot DNS offline-KSK files through the app: stored as Knot text, and counted toward coverage only
// where the signature verifies and the signer is a configured anchor.
describe(`Knot DNS text KSRs and SKRs in the app on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let actor: Actor;
  const now = Date.parse("2026-12-20T00:00:00Z");
  const upload = (name: string) =>
    uploadDocument(runtime.db, runtime.boss, actor, { fileName: name, bytes: knot(name) }, now);

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = await createPerson(runtime.db, { email: "knot@example.org", roles: ["coordinator"] });
    actor = { id: person.id, label: person.email, roles: ["coordinator"], requestId: null, ip: null };
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("stores a Knot SKR as Knot text, without an id or serial, and refuses a truncated one", async () => {
    expect((await upload("skr.txt")).created).toBe(true);
    const [row] = await runtime.db
      .select()
      .from(signingDocuments)
      .where(eq(signingDocuments.fileName, "skr.txt"));
    expect(row).toMatchObject({
      format: "knot-text",
      type: "SKR",
      documentId: null,
      serial: null,
      errorCount: 0,
    });
    expect(row?.bundles).toHaveLength(13);
    const refused = await upload("skr-truncated.txt").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/^skr-truncated\.txt: line 19: .*never closed/);
  });

  it("coverage counts verified bundles signed by the anchor, and nothing of a corrupted or foreign SKR", async () => {
    await upload("skr-corrupt-signature.txt");
    await upload("skr-other-ksk.txt");
    const text = knot("trust-anchor.ds").toString("utf8");
    await addTrustAnchors(runtime.db, runtime.boss, actor, { text, fileName: "trust-anchor.ds" }, now);
    const state = await loadCoverageState(runtime.db, now);
    const counted = (fileName: string) =>
      state.skrs.find((s) => s.fileName === fileName)?.assessments.filter((a) => a.counted).length;
    expect(counted("skr.txt")).toBe(13);
    expect(counted("skr-corrupt-signature.txt")).toBe(12);
    expect(counted("skr-other-ksk.txt")).toBe(0);
    expect(formatInstantUtc(state.coverageEnd ?? 0)).toBe("2027-03-15T00:00:00Z");
  });
});
