import type { Queryable } from "@/db/client";
import { ceremonyRequirements, ceremonyTemplates, invitations } from "@/db/schema";
import {
  createCeremony,
  createCredentialSet,
  createFacility,
  createPerson,
  createSeat,
} from "@/db/seed/factories";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";

const COUNTRIES = ["SE", "JP", "NG", "FR", "IN", "US", "CL", "DE", "GB", "BR"] as const;

/**
 * A facility with a 3-of-n crypto officer set, `officers` officers holding active seats (homes spread
 * over several countries), a ceremony administrator, a template and a ceremony 90 days after `now`
 * that needs 3 officers and 1 administrator, with everyone invited.
 */
export async function planningFixture(db: Queryable, now: Instant, officers = 5, prefix = "t") {
  const facility = await createFacility(db, {
    code: `${prefix}-EAST`,
    name: `${prefix} East`,
    country: "US",
    timeZone: "America/New_York",
  });
  const set = await createCredentialSet(db, {
    facilityId: facility.id,
    code: `${prefix}-CO`,
    threshold: 3,
    size: Math.max(7, officers),
  });
  const people = [];
  for (let i = 0; i < officers; i++) {
    const person = await createPerson(db, {
      email: `${prefix}-co-${i}@example.org`,
      name: `Officer ${i}`,
      roles: ["crypto_officer"],
      homeCountry: COUNTRIES[i % COUNTRIES.length],
      timeZone: "Europe/Stockholm",
    });
    await createSeat(db, { setId: set.id, personId: person.id, label: `${prefix} CO ${i}` });
    people.push(person);
  }
  const admin = await createPerson(db, {
    email: `${prefix}-ca@example.org`,
    roles: ["ceremony_administrator"],
  });
  const coordinator = await createPerson(db, {
    email: `${prefix}-coord@example.org`,
    roles: ["coordinator"],
  });
  const [template] = await db
    .insert(ceremonyTemplates)
    .values({
      name: `${prefix} signing`,
      kind: "key_signing",
      requirements: [
        { role: "crypto_officer", credentialSetId: set.id, min: 3 },
        { role: "ceremony_administrator", credentialSetId: null, min: 1 },
      ],
    })
    .returning();
  const ceremony = await createCeremony(db, {
    label: `${prefix.toUpperCase()}-KC1`,
    facilityId: facility.id,
    timeZone: facility.timeZone,
    startsAt: dateOf(now + 90 * MS_PER_DAY),
    standbyDate: null,
  });
  await db.insert(ceremonyRequirements).values([
    { ceremonyId: ceremony.id, role: "crypto_officer", credentialSetId: set.id, min: 3 },
    { ceremonyId: ceremony.id, role: "ceremony_administrator", credentialSetId: null, min: 1 },
  ]);
  const invited = await db
    .insert(invitations)
    .values([...people, admin].map((p) => ({ ceremonyId: ceremony.id, personId: p.id })))
    .returning();
  return {
    facility,
    set,
    people,
    admin,
    coordinator,
    template: template as NonNullable<typeof template>,
    ceremony,
    invited,
  };
}
