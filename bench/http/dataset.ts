import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import {
  ceremonies,
  ceremonyRequirements,
  credentialSeats,
  credentialSets,
  facilities,
  invitations,
  people,
  sessions,
  travelRestrictions,
} from "@/db/schema";
import { RESPONSES } from "@/lib/domain/quorum/vocabulary";
import { MS_PER_DAY } from "@/lib/time";

const COUNTRIES = [
  "SE",
  "JP",
  "NG",
  "FR",
  "IN",
  "CL",
  "DE",
  "GB",
  "BR",
  "KE",
  "NZ",
  "CA",
  "NL",
  "SG",
  "ZA",
  "AU",
];

/** A deterministic pseudo-random sequence, so every run loads the same dataset. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Invitees of the ceremonies the page is measured on; every other ceremony has 50. */
export const INVITEE_COUNTS = [5, 50, 200] as const;
export type InviteeCount = (typeof INVITEE_COUNTS)[number];

export interface Dataset {
  /** The ceremony with 50 invitees. */
  ceremonyId: string;
  /** A ceremony by its number of invitees. */
  ceremonyWith: Record<InviteeCount, string>;
  /** Invitations the bare baseline updates: none of them belongs to a TCR whose answers the app takes. */
  baselineInvitationIds: string[];
  coordinatorToken: string;
  tcrs: { token: string; invitationId: string }[];
}

/**
 * The large dataset of the benchmark: 500 people, 200 ceremonies (50 invitees each but one of 5 and one
 * of 200: about 10,000 answers in
 * all), 100 travel restrictions, and sessions for a coordinator and 100 TCRs.
 */
export async function loadDataset(db: Db, now: Date): Promise<Dataset> {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const facilityRows = await db
    .insert(facilities)
    .values(
      ["East", "West", "North", "South"].map((n) => ({
        code: `KMF-${n.toUpperCase()}`,
        name: `Facility ${n}`,
        city: n,
        country: "US",
        timeZone: n === "West" ? "America/Los_Angeles" : "America/New_York",
      })),
    )
    .returning();
  const sets = await db
    .insert(credentialSets)
    .values(
      facilityRows.map((f) => ({
        facilityId: f.id,
        code: `CO-${f.code}`,
        name: `Officers ${f.code}`,
        kind: "crypto_officer" as const,
        threshold: 3,
        size: 100,
      })),
    )
    .returning();
  const personRows = await db
    .insert(people)
    .values(
      Array.from({ length: 500 }, (_, i) => ({
        name: `Person ${i}`,
        email: `bench-${i}@example.org`,
        homeCountry: i < 400 ? pick(COUNTRIES) : "US",
        timeZone: "UTC",
        roles:
          i < 400
            ? ["crypto_officer" as const]
            : i < 490
              ? ["ceremony_administrator" as const]
              : ["coordinator" as const],
      })),
    )
    .returning({ id: people.id });
  const officers = personRows.slice(0, 400);
  await chunked(
    officers.map((p, i) => ({
      setId: (sets[i % 4] as { id: string }).id,
      personId: p.id,
      label: `Seat ${i}`,
      status: "active" as const,
    })),
    (chunk) => db.insert(credentialSeats).values(chunk),
  );
  const ceremonyRows = await db
    .insert(ceremonies)
    .values(
      Array.from({ length: 200 }, (_, i) => {
        const facility = facilityRows[i % 4] as (typeof facilityRows)[number];
        return {
          label: `KC${1000 + i}`,
          kind: "key_signing" as const,
          facilityId: facility.id,
          timeZone: facility.timeZone,
          startsAt: new Date(now.getTime() + (10 + i * 3) * MS_PER_DAY),
          durationMinutes: 240,
          status: "scheduled" as const,
          agenda: ["Open safe", "Activate HSM", "Sign KSR"],
        };
      }),
    )
    .returning({ id: ceremonies.id });
  await chunked(
    ceremonyRows.flatMap((c, i) => [
      {
        ceremonyId: c.id,
        role: "crypto_officer" as const,
        credentialSetId: (sets[i % 4] as { id: string }).id,
        min: 3,
      },
      { ceremonyId: c.id, role: "ceremony_administrator" as const, credentialSetId: null, min: 1 },
    ]),
    (chunk) => db.insert(ceremonyRequirements).values(chunk),
  );
  // Ceremonies 0, 1 and 2 have 50, 5 and 200 invitees; the others 50: nine officers of the ceremony's
  // set in ten, the rest administrators (200: the set's 100 officers, the 90 administrators and 10
  // officers of the next set).
  const sizeOf = (i: number) => (i === 1 ? 5 : i === 2 ? 200 : 50);
  const invitationRows: (typeof invitations.$inferInsert)[] = [];
  ceremonyRows.forEach((c, i) => {
    const size = sizeOf(i);
    const setOfficers = officers.filter((_, k) => k % 4 === i % 4);
    const officerCount = Math.min(Math.round(size * 0.9), setOfficers.length);
    const staffCount = Math.min(size - officerCount, 90);
    for (let k = 0; k < officerCount; k++) {
      invitationRows.push({
        ceremonyId: c.id,
        personId: (setOfficers[(i * 7 + k) % setOfficers.length] as { id: string }).id,
        response: pick(RESPONSES),
      });
    }
    for (let k = 0; k < staffCount; k++)
      invitationRows.push({
        ceremonyId: c.id,
        personId: (personRows[400 + ((i + k * 17) % 90)] as { id: string }).id,
        response: "attending",
      });
    const nextSet = officers.filter((_, k) => k % 4 === (i + 1) % 4);
    for (let k = 0; k < size - officerCount - staffCount; k++)
      invitationRows.push({
        ceremonyId: c.id,
        personId: (nextSet[k] as { id: string }).id,
        response: "no_answer",
      });
  });
  const inserted: { id: string; personId: string; ceremonyId: string }[] = [];
  await chunked(invitationRows, async (chunk) => {
    inserted.push(
      ...(await db.insert(invitations).values(chunk).returning({
        id: invitations.id,
        personId: invitations.personId,
        ceremonyId: invitations.ceremonyId,
      })),
    );
  });
  await db.insert(travelRestrictions).values(
    Array.from({ length: 100 }, (_, i) => ({
      fromCountry: i % 10 === 0 ? "*" : pick(COUNTRIES),
      toCountry: "US",
      kind: i % 3 === 0 ? ("quarantine" as const) : ("entry_ban" as const),
      quarantineDays: i % 3 === 0 ? 14 : null,
      startDate: new Date(now.getTime() + i * 5 * MS_PER_DAY).toISOString().slice(0, 10),
      endDate: new Date(now.getTime() + (i * 5 + 10) * MS_PER_DAY).toISOString().slice(0, 10),
      exempt: i % 10 === 0 ? ["GB", "CA"] : [],
    })),
  );
  const token = () => randomBytes(24).toString("hex");
  const expires = new Date(now.getTime() + MS_PER_DAY);
  const coordinatorToken = token();
  const coordinator = personRows[495] as { id: string };
  const firstCeremony = ceremonyRows[0] as { id: string };
  const tcrInvites = inserted.filter((inv) => inv.ceremonyId === firstCeremony.id).slice(0, 40);
  const more = inserted.filter(
    (inv) => inv.ceremonyId !== firstCeremony.id && officers.some((o) => o.id === inv.personId),
  );
  const chosen: typeof inserted = [];
  const seen = new Set<string>();
  for (const inv of [...tcrInvites, ...more]) {
    if (chosen.length >= 100 || seen.has(inv.personId)) continue;
    seen.add(inv.personId);
    chosen.push(inv);
  }
  const tcrs = chosen.map((inv) => ({ token: token(), invitationId: inv.id, personId: inv.personId }));
  await db
    .insert(sessions)
    .values([
      { sessionToken: coordinatorToken, userId: coordinator.id, expires },
      ...tcrs.map((t) => ({ sessionToken: t.token, userId: t.personId, expires })),
    ]);
  const taken = new Set(chosen.map((inv) => inv.id));
  const idOf = (i: number) => (ceremonyRows[i] as { id: string }).id;
  return {
    ceremonyId: firstCeremony.id,
    ceremonyWith: { 5: idOf(1), 50: idOf(0), 200: idOf(2) },
    baselineInvitationIds: inserted
      .filter((inv) => inv.ceremonyId === idOf(3) && !taken.has(inv.id))
      .map((inv) => inv.id),
    coordinatorToken,
    tcrs: tcrs.map(({ token, invitationId }) => ({ token, invitationId })),
  };
}
