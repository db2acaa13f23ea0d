import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  ceremonyRequirements,
  ceremonyTemplates,
  invitations,
  people,
  type TemplateRequirement,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import type { Response } from "@/lib/domain/quorum/vocabulary";
import { installPlaybookTemplates } from "@/lib/services/contingency/playbook-templates";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { addDaysToCivil, civilDateInZone, dateOf, type Instant, instantOfLocal } from "@/lib/time";
import {
  AUDITORS,
  COORDINATORS,
  type DemoPerson,
  EAST_CRYPTO_OFFICERS,
  EAST_STAFF,
  RECOVERY_SHAREHOLDERS,
  WEST_CRYPTO_OFFICERS,
  WEST_STAFF,
} from "./demo-people";
import { createCeremony, createCredentialSet, createFacility, createPerson, createSeat } from "./factories";

const AGENDA = [
  "Sign in to the facility and the ceremony room",
  "Open the credential safe and retrieve the crypto officers' cards",
  "Activate the HSM with 3 of 7 crypto officer cards",
  "Verify the KSR hash with the ZSK operator by phone",
  "Sign the KSR and export the SKR",
  "Return the cards, close the safes, sign out",
];

async function addPeople(db: Queryable, list: DemoPerson[]) {
  const rows = [];
  for (const person of list) rows.push(await createPerson(db, person));
  return rows;
}

/** Who a root KSK signing needs: 3 crypto officers of the facility's set and one of each staff duty. */
function staffing(coSetId: string): TemplateRequirement[] {
  return [
    { role: "crypto_officer", credentialSetId: coSetId, min: 3 },
    { role: "ceremony_administrator", credentialSetId: null, min: 1 },
    { role: "internal_witness", credentialSetId: null, min: 1 },
    { role: "safe_security_controller", credentialSetId: null, min: 2 },
    { role: "system_administrator", credentialSetId: null, min: 1 },
  ];
}

/** True when the database has no people yet: the demo seed runs on first start only. */
export async function isEmpty(db: Queryable): Promise<boolean> {
  return (await db.$count(people)) === 0;
}

/**
 * The demo organisation, modelled on the root KSK: two facilities, 3-of-7 crypto officer sets with
 * backups, a 5-of-7 recovery set, staff for every duty, an auditor, and ceremonies around `now`.
 */
export async function seedDemo(db: Queryable, now: Instant) {
  const east = await createFacility(db, {
    code: "KMF-EAST",
    name: "Key Management Facility East",
    city: "Culpeper",
    country: "US",
    timeZone: "America/New_York",
  });
  const west = await createFacility(db, {
    code: "KMF-WEST",
    name: "Key Management Facility West",
    city: "El Segundo",
    country: "US",
    timeZone: "America/Los_Angeles",
  });
  await addPeople(db, [...COORDINATORS, ...AUDITORS, ...EAST_STAFF, ...WEST_STAFF]);

  const sets = [
    {
      facility: east,
      code: "CO-EAST",
      name: "Crypto officers, KMF East",
      list: EAST_CRYPTO_OFFICERS,
      m: 3,
      kind: "crypto_officer" as const,
    },
    {
      facility: west,
      code: "CO-WEST",
      name: "Crypto officers, KMF West",
      list: WEST_CRYPTO_OFFICERS,
      m: 3,
      kind: "crypto_officer" as const,
    },
    {
      facility: east,
      code: "RKSH",
      name: "Recovery key shares",
      list: RECOVERY_SHAREHOLDERS,
      m: 5,
      kind: "recovery_key_share" as const,
    },
  ];
  const setIds = new Map<string, string>();
  const holdersBySet = new Map<string, { id: string }[]>();
  for (const spec of sets) {
    const set = await createCredentialSet(db, {
      facilityId: spec.facility.id,
      code: spec.code,
      name: spec.name,
      kind: spec.kind,
      threshold: spec.m,
      size: 7,
    });
    const holders = await addPeople(db, spec.list);
    setIds.set(spec.code, set.id);
    holdersBySet.set(spec.code, holders);
    for (const [i, holder] of holders.entries()) {
      const active = i < 7;
      await createSeat(db, {
        setId: set.id,
        personId: holder.id,
        label: active ? `${spec.code} ${i + 1}` : `${spec.code} backup ${i - 6}`,
        status: active ? "active" : "backup",
      });
    }
  }

  // Quarterly ceremonies alternating between the facilities: two held, three ahead.
  const today = civilDateInZone(now, "UTC");
  const plan = [
    { offset: -180, facility: east, status: "held" as const },
    { offset: -90, facility: west, status: "held" as const },
    { offset: 45, facility: east, status: "scheduled" as const },
    { offset: 135, facility: west, status: "proposed" as const },
    { offset: 225, facility: east, status: "proposed" as const },
  ];
  const templates = new Map<string, string>();
  for (const [facility, code] of [
    [east, "CO-EAST"],
    [west, "CO-WEST"],
  ] as const) {
    const [template] = await db
      .insert(ceremonyTemplates)
      .values({
        name: `Root KSK signing at ${facility.code}`,
        kind: "key_signing",
        durationMinutes: 240,
        requirements: staffing(setIds.get(code) as string),
      })
      .returning();
    templates.set(facility.id, template?.id as string);
  }
  const ceremonyIds: string[] = [];
  for (const [i, step] of plan.entries()) {
    const date = addDaysToCivil(today, step.offset);
    const ceremony = await createCeremony(db, {
      label: `KC${60 + i}`,
      kind: "key_signing",
      facilityId: step.facility.id,
      timeZone: step.facility.timeZone,
      startsAt: new Date(instantOfLocal(date, "13:00", step.facility.timeZone)),
      durationMinutes: 240,
      standbyDate: addDaysToCivil(date, 1),
      status: step.status,
      agenda: AGENDA,
      templateId: templates.get(step.facility.id) ?? null,
    });
    const [template] = await db
      .select()
      .from(ceremonyTemplates)
      .where(eq(ceremonyTemplates.id, templates.get(step.facility.id) as string));
    await db
      .insert(ceremonyRequirements)
      .values((template?.requirements ?? []).map((r) => ({ ceremonyId: ceremony.id, ...r })));
    ceremonyIds.push(ceremony.id);
  }
  // The next ceremony (KC62 at East) has its invitations out and some answers in.
  const answers: Response[] = [
    "attending",
    "attending",
    "if_need_be",
    "no_answer",
    "declined",
    "attending",
    "no_answer",
  ];
  const eastOfficers = holdersBySet.get("CO-EAST")?.slice(0, 7) ?? [];
  const eastStaff = await db.select({ id: people.id, email: people.email }).from(people);
  const staffIds = eastStaff.filter((p) => p.email.endsWith("-east@example.org")).map((p) => p.id);
  await db.insert(invitations).values([
    ...eastOfficers.map((p, i) => ({
      ceremonyId: ceremonyIds[2] as string,
      personId: p.id,
      response: answers[i] ?? "no_answer",
      respondedAt: answers[i] === "no_answer" ? null : dateOf(now),
    })),
    ...staffIds.map((id) => ({
      ceremonyId: ceremonyIds[2] as string,
      personId: id,
      response: "attending" as const,
      respondedAt: dateOf(now),
    })),
  ]);
  await refreshVerdicts(db, null, systemActor("seed"), { ceremonyIds }, now);
  await installPlaybookTemplates(db, now);
  await recordAudit(
    db,
    systemActor("seed"),
    {
      action: "seed.demo_loaded",
      subjectType: "organisation",
      summary: { facilities: 2, credentialSets: sets.length, ceremonies: plan.length },
    },
    now,
  );
}
