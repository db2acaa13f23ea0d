import type { Queryable } from "@/db/client";
import { ceremonies, credentialSeats, credentialSets, facilities, people } from "@/db/schema";

// Factories shared by the demo seed, the service tests and e2e: sensible defaults, overridable.
let counter = 0;
const next = () => ++counter;

export type NewFacility = typeof facilities.$inferInsert;
export type NewPerson = typeof people.$inferInsert;
export type NewCredentialSet = typeof credentialSets.$inferInsert;
export type NewSeat = typeof credentialSeats.$inferInsert;
export type NewCeremony = typeof ceremonies.$inferInsert;

export async function createFacility(db: Queryable, overrides: Partial<NewFacility> = {}) {
  const n = next();
  const [row] = await db
    .insert(facilities)
    .values({
      code: `FAC-${n}`,
      name: `Facility ${n}`,
      city: "Culpeper",
      country: "US",
      timeZone: "America/New_York",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("facility not created");
  return row;
}

export async function createPerson(db: Queryable, overrides: Partial<NewPerson> = {}) {
  const n = next();
  const [row] = await db
    .insert(people)
    .values({
      name: `Person ${n}`,
      email: `person-${n}@example.org`,
      homeCountry: "US",
      timeZone: "America/New_York",
      roles: [],
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("person not created");
  return row;
}

export async function createCredentialSet(
  db: Queryable,
  values: Pick<NewCredentialSet, "facilityId"> & Partial<NewCredentialSet>,
) {
  const n = next();
  const [row] = await db
    .insert(credentialSets)
    .values({
      code: `SET-${n}`,
      name: `Credential set ${n}`,
      kind: "crypto_officer",
      threshold: 3,
      size: 7,
      ...values,
    })
    .returning();
  if (!row) throw new Error("credential set not created");
  return row;
}

export async function createSeat(
  db: Queryable,
  values: Pick<NewSeat, "setId" | "personId"> & Partial<NewSeat>,
) {
  const n = next();
  const [row] = await db
    .insert(credentialSeats)
    .values({ label: `Seat ${n}`, status: "active", ...values })
    .returning();
  if (!row) throw new Error("seat not created");
  return row;
}

export async function createCeremony(
  db: Queryable,
  values: Pick<NewCeremony, "facilityId" | "startsAt" | "timeZone"> & Partial<NewCeremony>,
) {
  const n = next();
  const [row] = await db
    .insert(ceremonies)
    .values({ label: `KC-T${n}`, kind: "key_signing", durationMinutes: 240, status: "scheduled", ...values })
    .returning();
  if (!row) throw new Error("ceremony not created");
  return row;
}
