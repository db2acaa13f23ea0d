import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { editPerson } from "./edit-person";
import { invitePerson } from "./invite-person";

const ada = {
  name: "Ada Quinn",
  email: "Ada@Example.org",
  homeCountry: "gb",
  timeZone: "Europe/London",
  roles: ["crypto_officer"],
};

describe(`people on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("invites a person who can then sign in, audited", async () => {
    const { id } = await invitePerson(runtime.db, coordinator, ada, Date.now());
    const [row] = await runtime.db.select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({ email: "ada@example.org", homeCountry: "GB", active: true });
    const event = await lastAudit(runtime.db, "person.invite");
    expect(event?.summary).toMatchObject({ before: null, after: { email: "ada@example.org" } });
  });

  it("answers a registered email on the email field and writes nothing", async () => {
    const before = await runtime.db.$count(people);
    await expect(
      invitePerson(runtime.db, coordinator, { ...ada, email: "ADA@example.org" }, Date.now()),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { email: "This email address is already registered." },
    });
    await expect(
      invitePerson(
        runtime.db,
        coordinator,
        {
          ...ada,
          email: "new@example.org",
          roles: [],
          homeCountry: "ZZ",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ fields: { roles: expect.any(String), homeCountry: expect.any(String) } });
    expect(await runtime.db.$count(people)).toBe(before);
  });

  it("edits roles, home, zone and active at the values shown, refusing a stale form", async () => {
    const row = await createPerson(runtime.db, { roles: ["auditor"] });
    const change = {
      id: row.id,
      version: row.version,
      name: row.name,
      homeCountry: "SE",
      timeZone: "Europe/Stockholm",
    };
    await editPerson(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        ...change,
        roles: ["internal_witness"],
        active: "on",
      },
      Date.now(),
    );
    const event = await lastAudit(runtime.db, "person.update");
    expect(event?.summary).toMatchObject({
      before: { roles: ["auditor"], homeCountry: "US", active: true },
      after: { roles: ["internal_witness"], homeCountry: "SE", active: true },
    });
    await expect(
      editPerson(runtime.db, runtime.boss, coordinator, { ...change, roles: ["auditor"] }, Date.now()),
    ).rejects.toMatchObject({ code: "conflict", current: { roles: ["internal_witness"] } });
    const [after] = await runtime.db.select().from(people).where(eq(people.id, row.id));
    expect(after?.roles).toEqual(["internal_witness"]);
  });

  it("keeps a coordinator from removing their own access", async () => {
    const me = await createPerson(runtime.db, { roles: ["coordinator"] });
    await expect(
      editPerson(
        runtime.db,
        runtime.boss,
        { ...coordinator, id: me.id },
        {
          id: me.id,
          version: me.version,
          name: me.name,
          homeCountry: "US",
          timeZone: "UTC",
          roles: ["auditor"],
          active: "on",
        },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { roles: expect.any(String) } });
  });
});
