import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, travelRestrictions } from "@/db/schema";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { civilDateInZone } from "@/lib/time";
import { respondToInvitation } from "./respond";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`travelling from a country given by name, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "sg");
  });
  afterAll(() => runtime?.close());

  const answer = (travelOrigin: string, version: number) =>
    respondToInvitation(
      runtime.db,
      runtime.boss,
      actorFor(f.people[0] as never, ["crypto_officer"]),
      { invitationId: f.invited[0]?.id, version, response: "attending", travelOrigin },
      now,
    );

  it("refuses what is not a country, naming the field, and stores nothing", async () => {
    for (const text of ["Atlantis", "Singapore (SI)", "Sing"]) {
      await expect(answer(text, 1), text).rejects.toMatchObject({
        code: "invalid_input",
        fields: { travelOrigin: expect.stringContaining("Choose a country from the list") },
      });
    }
    const [row] = await runtime.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, f.invited[0]?.id as string));
    expect(row).toMatchObject({ response: "no_answer", travelOrigin: null, version: 1 });
  });

  it("stores “Singapore” as SG, and the travel rules then use Singapore", async () => {
    await answer("Singapore", 1);
    const [row] = await runtime.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, f.invited[0]?.id as string));
    expect(row?.travelOrigin).toBe("SG");
    const day = civilDateInZone(f.ceremony.startsAt.getTime(), f.facility.timeZone);
    await runtime.db.insert(travelRestrictions).values({
      fromCountry: "SG",
      toCountry: "US",
      kind: "entry_ban",
      startDate: "2026-12-01",
      endDate: day,
    });
    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    const officer = page?.roster.find((r) => r.personId === f.people[0]?.id);
    expect(officer?.outcome?.status).toBe("cannot_attend");
    expect(officer?.outcome?.reasons[0]?.message).toBe(`entry ban SG to US 2026-12-01..${day}`);
  });

  it("takes the picker's “Singapore (SG)” as the same answer", async () => {
    expect((await answer("Singapore (SG)", 2)).changed).toBe(false);
  });
});
