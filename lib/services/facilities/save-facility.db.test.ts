import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facilities } from "@/db/schema";
import { createFacility } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { addFacility, editFacility } from "./save-facility";

const west = {
  code: "kmf-w2",
  name: "West Two",
  city: "El Segundo",
  country: "us",
  timeZone: "America/Los_Angeles",
};

describe(`facilities on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("creates a facility with normalised code and country, audited", async () => {
    const { id } = await addFacility(runtime.db, coordinator, west, Date.now());
    const [row] = await runtime.db.select().from(facilities).where(eq(facilities.id, id));
    expect(row).toMatchObject({ code: "KMF-W2", country: "US" });
    const event = await lastAudit(runtime.db, "facility.create");
    expect(event?.subjectId).toBe(id);
    expect(event?.summary).toMatchObject({ before: null, after: { code: "KMF-W2", city: "El Segundo" } });
  });

  it("names each bad field and writes nothing", async () => {
    const before = await runtime.db.$count(facilities);
    await expect(
      addFacility(
        runtime.db,
        coordinator,
        { ...west, code: "X Y", country: "XX", timeZone: "Mars/Olympus" },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { code: expect.any(String), country: expect.any(String), timeZone: expect.any(String) },
    });
    await expect(addFacility(runtime.db, coordinator, west, Date.now())).rejects.toMatchObject({
      fields: { code: "Another facility already uses this code." },
    });
    expect(await runtime.db.$count(facilities)).toBe(before);
  });

  it("edits a facility shown unchanged and refuses one changed since, keeping the other save", async () => {
    const row = await createFacility(runtime.db, { code: "EDIT-1" });
    const version = row.version;
    await editFacility(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        id: row.id,
        version,
        ...west,
        code: "EDIT-2",
      },
      Date.now(),
    );
    const event = await lastAudit(runtime.db, "facility.update");
    expect(event?.summary).toMatchObject({ before: { code: "EDIT-1" }, after: { code: "EDIT-2" } });
    await expect(
      editFacility(
        runtime.db,
        runtime.boss,
        coordinator,
        { id: row.id, version, ...west, code: "EDIT-3" },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "conflict", current: { code: "EDIT-2", version: version + 1 } });
    const [after] = await runtime.db.select().from(facilities).where(eq(facilities.id, row.id));
    expect(after?.code).toBe("EDIT-2");
  });

  it("answers not found for an unknown id and a field error for a malformed one", async () => {
    const input = { ...west, code: "NOPE", version: 1 };
    await expect(
      editFacility(
        runtime.db,
        runtime.boss,
        coordinator,
        {
          ...input,
          id: "00000000-0000-4000-8000-000000000000",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      editFacility(runtime.db, runtime.boss, coordinator, { ...input, id: "1; drop table" }, Date.now()),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { id: expect.any(String) } });
  });
});
