import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonyTemplates } from "@/db/schema";
import { createCredentialSet, createFacility } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { addTemplate, editTemplate } from "./save-template";

describe(`ceremony templates on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let coSet: { id: string; code: string };
  let rkshSet: { id: string };
  beforeAll(async () => {
    runtime = await openTestRuntime();
    const facilityId = (await createFacility(runtime.db)).id;
    coSet = await createCredentialSet(runtime.db, { facilityId, threshold: 3, size: 7 });
    rkshSet = await createCredentialSet(runtime.db, {
      facilityId,
      kind: "recovery_key_share",
      threshold: 5,
      size: 7,
    });
  });
  afterAll(async () => {
    await runtime.close();
  });

  const base = { name: "Key signing", kind: "key_signing", durationMinutes: "240" };

  it("creates a template, min defaulting to n, audited", async () => {
    const { id, warnings } = await addTemplate(
      runtime.db,
      coordinator,
      {
        ...base,
        requirements: [
          { role: "crypto_officer", credentialSetId: coSet.id, min: "" },
          { role: "ceremony_administrator", credentialSetId: "", min: "1" },
        ],
      },
      Date.now(),
    );
    expect(warnings).toEqual([]);
    const [row] = await runtime.db.select().from(ceremonyTemplates).where(eq(ceremonyTemplates.id, id));
    expect(row?.requirements).toEqual([
      { role: "crypto_officer", credentialSetId: coSet.id, min: 7 },
      { role: "ceremony_administrator", credentialSetId: null, min: 1 },
    ]);
    expect((await lastAudit(runtime.db, "ceremony_template.create"))?.summary).toMatchObject({
      before: null,
      after: { name: "Key signing", durationMinutes: 240 },
    });
  });

  it("names the bad requirement field and writes nothing", async () => {
    const before = await runtime.db.$count(ceremonyTemplates);
    const attempt = (requirements: Record<string, string>[], extra = {}) =>
      addTemplate(runtime.db, coordinator, { ...base, name: "Other", ...extra, requirements }, Date.now());
    await expect(
      attempt([{ role: "internal_witness", credentialSetId: coSet.id, min: "1" }]),
    ).rejects.toMatchObject({
      fields: { "requirements.0.credentialSetId": expect.stringContaining("Only crypto officers") },
    });
    await expect(
      attempt([{ role: "crypto_officer", credentialSetId: coSet.id, min: "8" }]),
    ).rejects.toMatchObject({
      fields: { "requirements.0.min": `${coSet.code} has only 7 credentials (n); 8 are required.` },
    });
    await expect(
      attempt([{ role: "crypto_officer", credentialSetId: rkshSet.id, min: "5" }], { durationMinutes: "10" }),
    ).rejects.toMatchObject({ fields: { durationMinutes: expect.any(String) } });
    await expect(
      attempt([{ role: "crypto_officer", credentialSetId: rkshSet.id, min: "5" }]),
    ).rejects.toMatchObject({
      fields: { "requirements.0.credentialSetId": expect.stringContaining("recovery key share") },
    });
    await expect(
      attempt([{ role: "crypto_officer", credentialSetId: crypto.randomUUID(), min: "1" }]),
    ).rejects.toMatchObject({
      fields: { "requirements.0.credentialSetId": "That credential set does not exist." },
    });
    await expect(attempt([], { name: "Key signing" })).rejects.toMatchObject({
      fields: { requirements: expect.any(String) },
    });
    expect(await runtime.db.$count(ceremonyTemplates)).toBe(before);
  });

  it("edits at the shown version, warns when min is below m, and refuses a stale version", async () => {
    const { id } = await addTemplate(
      runtime.db,
      coordinator,
      {
        ...base,
        name: "Drill",
        requirements: [{ role: "auditor", credentialSetId: "", min: "1" }],
      },
      Date.now(),
    );
    const saved = await editTemplate(
      runtime.db,
      coordinator,
      {
        ...base,
        id,
        version: "1",
        name: "Drill",
        requirements: [{ role: "crypto_officer", credentialSetId: coSet.id, min: "2" }],
      },
      Date.now(),
    );
    expect(saved).toMatchObject({ version: 2, warnings: [expect.stringContaining("needs 3 of 7")] });
    expect((await lastAudit(runtime.db, "ceremony_template.update"))?.summary).toMatchObject({
      before: { version: 1, requirements: [{ role: "auditor" }] },
      after: { version: 2, requirements: [{ role: "crypto_officer", min: 2 }] },
    });
    await expect(
      editTemplate(
        runtime.db,
        coordinator,
        {
          ...base,
          id,
          version: "1",
          name: "Stale",
          requirements: [{ role: "auditor", min: "1" }],
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "conflict", current: { name: "Drill", version: 2 } });
  });
});
