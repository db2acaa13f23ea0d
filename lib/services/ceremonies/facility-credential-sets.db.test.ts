import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, ceremonyRequirements, emailMessages, invitations } from "@/db/schema";
import { createCredentialSet, createFacility } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { messageForRecipient } from "@/lib/services/mail/deliver-email";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { createCeremony } from "./create-ceremony";
import { setRequirements } from "./set-requirements";
import { updateCeremony } from "./update-ceremony";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`credential sets follow the ceremony's facility on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  let west: { id: string; name: string };
  let westSet: { id: string; code: string };
  let twoSets: { id: string };
  let small: { id: string };
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 5, "fs");
    coordinator = {
      id: f.coordinator.id,
      label: f.coordinator.email,
      roles: ["coordinator"],
      requestId: null,
      ip: null,
    };
    west = await createFacility(runtime.db, {
      code: "FS-WEST",
      name: "fs West",
      timeZone: "America/Los_Angeles",
    });
    westSet = await createCredentialSet(runtime.db, { facilityId: west.id, code: "FS-CO-WEST" });
    twoSets = await createFacility(runtime.db, { code: "FS-TWO", name: "fs Two" });
    await createCredentialSet(runtime.db, { facilityId: twoSets.id, code: "FS-CO-A" });
    await createCredentialSet(runtime.db, { facilityId: twoSets.id, code: "FS-CO-B" });
    small = await createFacility(runtime.db, { code: "FS-SMALL", name: "fs Small" });
    await createCredentialSet(runtime.db, { facilityId: small.id, code: "FS-CO-2", threshold: 2, size: 2 });
  });
  afterAll(async () => {
    await runtime.close();
  });

  const setsOf = async (ceremonyId: string) =>
    (await ceremonyPage(runtime.db, ceremonyId, now))?.requirements.map((r) => r.credentialSet ?? null);

  const form = (id: string, version: number, facilityId: string) => ({
    id,
    version,
    label: "FS-KC2",
    kind: "key_signing",
    facilityId,
    date: "2027-03-10",
    time: "13:00",
    durationMinutes: "240",
    reason: "The other facility has the keys",
  });

  it("a ceremony planned at West from East's template needs West's crypto officers", async () => {
    const base = { kind: "key_signing", date: "2027-02-11", time: "10:00", durationMinutes: "240" };
    const row = await createCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      { ...base, label: "FS-KC2", facilityId: west.id, templateId: f.template.id },
      now,
    );
    expect(await setsOf(row.id)).toEqual(["FS-CO-WEST", null]);
    // Where the choice is not obvious nothing is planned, and the form says why.
    await expect(
      createCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...base, label: "FS-KC3", facilityId: twoSets.id, templateId: f.template.id },
        now,
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { templateId: expect.stringContaining("several crypto officer credential sets") },
    });
    expect(await runtime.db.$count(ceremonies, eq(ceremonies.label, "FS-KC3"))).toBe(0);
  });

  it("moving a ceremony moves its credential requirement and says so in the notice and the audit trail", async () => {
    const [before] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.label, "FS-KC2"));
    const id = before?.id as string;
    const moveTo = (facilityId: string) =>
      updateCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        form(id, before?.version as number, facilityId),
        now,
      );
    // West to a facility with two sets: refused, and the ceremony stays where it was.
    await expect(moveTo(twoSets.id)).rejects.toMatchObject({
      fields: { facilityId: expect.stringContaining("take the FS-CO-WEST requirement off") },
    });
    // To a facility whose only set has fewer seats than the ceremony needs: refused, saying so.
    await expect(moveTo(small.id)).rejects.toMatchObject({
      fields: { facilityId: "FS-CO-2 has only 2 credentials (n); 3 are required." },
    });
    const [unchanged] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, id));
    expect(unchanged?.facilityId).toBe(west.id);
    expect(unchanged?.version).toBe(before?.version);

    await runtime.db.insert(invitations).values({ ceremonyId: id, personId: f.people[0]?.id as string });
    await moveTo(f.facility.id);
    expect(await setsOf(id)).toEqual(["fs-CO", null]);
    // The invitee's change notice says whose credentials are needed now.
    const [notice] = await runtime.db
      .select()
      .from(emailMessages)
      .where(
        eq(
          emailMessages.idempotencyKey,
          `ceremony:${id}:v${(before?.version as number) + 1}:${f.people[0]?.id}`,
        ),
      );
    // The worker renders it on delivery; rendered here as it will be.
    expect((await messageForRecipient(notice as NonNullable<typeof notice>)).text).toContain(
      "Credential set: FS-CO-WEST → fs-CO",
    );
    const [event] = (await listAuditEvents(runtime.db, { subject: id, action: "ceremony.update" })).events;
    expect(event?.summary).toMatchObject({ credentialSets: [{ from: "FS-CO-WEST", to: "fs-CO" }] });
  });

  it("refuses a requirement naming another facility's set, or more credentials than the set has", async () => {
    const [row] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.label, "FS-KC2"));
    const requireOfficers = (credentialSetId: string, min: number) =>
      setRequirements(
        runtime.db,
        runtime.boss,
        coordinator,
        {
          id: row?.id,
          version: row?.version,
          requirements: [{ role: "crypto_officer", credentialSetId, min }],
        },
        now,
      );
    await expect(requireOfficers(westSet.id, 3)).rejects.toMatchObject({
      fields: {
        "requirements.0.credentialSetId": "FS-CO-WEST is held at another facility; FS-KC2 is at fs East.",
      },
    });
    await expect(requireOfficers(f.set.id, 8)).rejects.toMatchObject({
      fields: {
        "requirements.0.min": `${f.set.code} has only ${f.set.size} credentials (n); 8 are required.`,
      },
    });
    const stored = await runtime.db
      .select()
      .from(ceremonyRequirements)
      .where(eq(ceremonyRequirements.ceremonyId, row?.id as string));
    expect(stored.map((r) => r.credentialSetId)).toContain(f.set.id);
  });
});
