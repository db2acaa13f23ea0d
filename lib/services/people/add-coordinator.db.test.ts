import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { systemActor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { addCoordinator } from "./add-coordinator";

describe(`add coordinator on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("creates the first coordinator and audits it", async () => {
    const result = await addCoordinator(
      runtime.db,
      systemActor("admin-cli"),
      {
        email: " First@Example.org ",
      },
      Date.now(),
    );
    expect(result.created).toBe(true);
    const [row] = await runtime.db.select().from(people).where(eq(people.email, "first@example.org"));
    expect(row?.roles).toEqual(["coordinator"]);
    const { events } = await listAuditEvents(runtime.db, { action: "person.create" });
    expect(events[0]?.actorLabel).toBe("admin-cli");
  });

  it("adds the role to an existing person once", async () => {
    await createPerson(runtime.db, { email: "tcr@example.org", roles: ["crypto_officer"] });
    expect(
      (await addCoordinator(runtime.db, systemActor(), { email: "tcr@example.org" }, Date.now())).changed,
    ).toBe(true);
    expect(
      (await addCoordinator(runtime.db, systemActor(), { email: "tcr@example.org" }, Date.now())).changed,
    ).toBe(false);
    const [row] = await runtime.db.select().from(people).where(eq(people.email, "tcr@example.org"));
    expect(row?.roles).toEqual(["crypto_officer", "coordinator"]);
  });

  it("rejects a bad country or zone naming the field, writing nothing", async () => {
    const before = await runtime.db.$count(people);
    await expect(
      addCoordinator(
        runtime.db,
        systemActor(),
        {
          email: "x@example.org",
          homeCountry: "XX",
          timeZone: "Mars/Base",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { homeCountry: expect.any(String), timeZone: expect.any(String) },
    });
    expect(await runtime.db.$count(people)).toBe(before);
  });
});
