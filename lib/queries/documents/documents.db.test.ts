import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/db/seed/factories";
import { uploadDocument } from "@/lib/services/documents/upload-document";
import { testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { openTestRuntime } from "@/lib/testing/runtime";
import { listDocuments } from "./document-list";
import { documentPage } from "./document-page";

describe(`document list and detail on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    runtime = await openTestRuntime();
    const person = await createPerson(runtime.db, { name: "Uma Uploader", roles: ["coordinator"] });
    const actor = {
      id: person.id,
      label: person.email,
      roles: ["coordinator" as const],
      requestId: null,
      ip: null,
    };
    // The 2010 KSR draws policy warnings; a flipped signature byte adds errors, reported after them.
    const mixed = fixture("ksr-root-2010-q1-0.xml")
      .toString("utf8")
      .replace(/<SignatureData>(.)/, (_, c: string) => `<SignatureData>${c === "A" ? "B" : "A"}`);
    const uploads = {
      "skr-root-2017-q1-0.xml": fixture("skr-root-2017-q1-0.xml"),
      "mixed.xml": Buffer.from(mixed),
    };
    for (const [fileName, bytes] of Object.entries(uploads)) {
      ids[fileName] = (
        await uploadDocument(runtime.db, runtime.boss, actor, { fileName, bytes }, Date.now())
      ).id;
    }
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("lists documents newest first with bundle count and uploader, without their content", async () => {
    const rows = await listDocuments(runtime.db);
    expect(rows.map((r) => r.fileName)).toEqual(["mixed.xml", "skr-root-2017-q1-0.xml"]);
    expect(rows[1]).toMatchObject({ type: "SKR", bundleCount: 9, uploadedBy: "Uma Uploader", errorCount: 0 });
    expect(rows[1]?.firstInception.toISOString()).toBe("2017-01-01T00:00:00.000Z");
    expect(rows[0]).not.toHaveProperty("content");
  });

  it("the detail lists errors before warnings, bundles in order, and the hash as PGP words", async () => {
    const page = await documentPage(runtime.db, ids["mixed.xml"] ?? "");
    expect(page?.bundles.map((b) => b.id)).toHaveLength(9);
    const severities = page?.findings.map((f) => f.severity) ?? [];
    const firstWarning = severities.indexOf("warning");
    expect(severities.slice(0, firstWarning)).toEqual(["error"]);
    expect(severities.slice(firstWarning)).not.toContain("error");
    expect(page?.findings[0]?.code).toBe("signature_invalid");
    expect(page?.pgpWords).toHaveLength(32);
    expect(page?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("an unknown or malformed id is simply not found", async () => {
    expect(await documentPage(runtime.db, randomUUID())).toBeNull();
    expect(await documentPage(runtime.db, "not-a-uuid")).toBeNull();
  });
});
