import "server-only";
import { eq, inArray, type SQLWrapper } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  ceremonies,
  ceremonyRequirements,
  credentialSeats,
  credentialSets,
  facilities,
  invitations,
  people,
  planningSettings,
  travelRestrictions,
  unavailability,
} from "@/db/schema";
import type { CountryCode, Person, QuorumInput, Requirement, TravelRestriction } from "@/lib/domain/quorum";
import { ROLES, type Role } from "@/lib/domain/roles";
import { groupBy } from "@/lib/group-by";

export type CeremonyRow = typeof ceremonies.$inferSelect & { facility: typeof facilities.$inferSelect };
export type InviteeRow = {
  invitationId: string;
  personId: string;
  name: string;
  email: string;
  homeCountry: string;
  timeZone: string;
  roles: Role[];
  response: (typeof invitations.$inferSelect)["response"];
  /** The answer for the ceremony's earlier date, while it waits to be re-confirmed. */
  previousResponse: (typeof invitations.$inferSelect)["previousResponse"];
  invitedAt: Date;
  note: string | null;
  travelOrigin: string | null;
  respondedAt: Date | null;
  version: number;
};

export interface CeremonyPlanning {
  ceremony: CeremonyRow;
  invitees: InviteeRow[];
  requirementSets: Map<string, { code: string; name: string; threshold: number }>;
  input: QuorumInput;
  settings: PlanningSettings;
}

export type PlanningSettings = typeof planningSettings.$inferSelect;
export const DEFAULT_SETTINGS: PlanningSettings = {
  id: 1,
  announceDays: 120,
  rsvpDays: 75,
  travelRequestDays: 60,
  safetyMargin: 1,
  remoteRoles: [],
};

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

export function toRestriction(row: typeof travelRestrictions.$inferSelect): TravelRestriction {
  const base = {
    from: row.fromCountry as CountryCode | "*",
    to: row.toCountry as CountryCode,
    start: row.startDate,
    end: row.endDate,
    exempt: row.exempt as CountryCode[],
  };
  return row.kind === "quarantine"
    ? { ...base, kind: "quarantine", days: row.quarantineDays ?? 1 }
    : { ...base, kind: "entry_ban" };
}

export interface SeatFact {
  setCode: string;
  status: "active" | "backup" | "retired";
}
export interface WindowFact {
  fromDate: string;
  toDate: string;
}

/** One person as the quorum engine sees them, from their row, seats, unavailability and answer. */
export function toQuorumPerson(
  row: {
    personId: string;
    roles: readonly string[];
    homeCountry: string;
    travelOrigin: string | null;
    response: Person["response"];
  },
  seats: readonly SeatFact[],
  windows: readonly WindowFact[],
): Person {
  return {
    id: row.personId,
    roles: row.roles.filter(isRole),
    seats: seats.map((seat) => ({ credentialSet: seat.setCode, status: seat.status })),
    homeCountry: row.homeCountry as CountryCode,
    ...(row.travelOrigin ? { travelOrigin: row.travelOrigin as CountryCode } : {}),
    response: row.response,
    unavailable: windows.map((w) => ({ from: w.fromDate, to: w.toDate })),
  };
}

/**
 * The seats and unavailability of a set of people (ids, or a subquery yielding them), grouped by person:
 * two queries whatever the number of people.
 */
export async function personFacts(db: Queryable, personIds: SQLWrapper | readonly string[]) {
  const [seats, windows] = await Promise.all([
    db
      .select({
        personId: credentialSeats.personId,
        status: credentialSeats.status,
        setCode: credentialSets.code,
      })
      .from(credentialSeats)
      .innerJoin(credentialSets, eq(credentialSets.id, credentialSeats.setId))
      .where(inArray(credentialSeats.personId, personIds)),
    db.select().from(unavailability).where(inArray(unavailability.personId, personIds)),
  ]);
  return { seats: groupBy(seats, (row) => row.personId), windows: groupBy(windows, (row) => row.personId) };
}

export async function planningSettingsOf(db: Queryable): Promise<PlanningSettings> {
  const [row] = await db.select().from(planningSettings).where(eq(planningSettings.id, 1));
  return row ?? DEFAULT_SETTINGS;
}

/**
 * Everything the quorum engine needs for a set of ceremonies, in a fixed number of queries whatever the
 * number of ceremonies or invitees (seven, all in one wave), so the ceremony page costs the same with 5
 * or 500 people.
 */
export async function loadCeremonyPlanning(
  db: Queryable,
  ceremonyIds: string[],
): Promise<Map<string, CeremonyPlanning>> {
  const result = new Map<string, CeremonyPlanning>();
  if (ceremonyIds.length === 0) return result;
  const invitedPeople = db
    .select({ id: invitations.personId })
    .from(invitations)
    .where(inArray(invitations.ceremonyId, ceremonyIds));
  // Restrictions into the ceremonies' countries, found by subquery so that they load in the same wave.
  const ceremonyCountries = db
    .select({ country: facilities.country })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(inArray(ceremonies.id, ceremonyIds));
  const [ceremonyRows, requirementRows, inviteeRows, facts, settings, restrictionRows] = await Promise.all([
    db
      .select({ ceremony: ceremonies, facility: facilities })
      .from(ceremonies)
      .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
      .where(inArray(ceremonies.id, ceremonyIds)),
    db
      .select({ requirement: ceremonyRequirements, set: credentialSets })
      .from(ceremonyRequirements)
      .leftJoin(credentialSets, eq(credentialSets.id, ceremonyRequirements.credentialSetId))
      .where(inArray(ceremonyRequirements.ceremonyId, ceremonyIds)),
    db
      .select({
        ceremonyId: invitations.ceremonyId,
        invitationId: invitations.id,
        personId: people.id,
        name: people.name,
        email: people.email,
        homeCountry: people.homeCountry,
        timeZone: people.timeZone,
        roles: people.roles,
        response: invitations.response,
        previousResponse: invitations.previousResponse,
        invitedAt: invitations.invitedAt,
        note: invitations.note,
        travelOrigin: invitations.travelOrigin,
        respondedAt: invitations.respondedAt,
        version: invitations.version,
      })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(inArray(invitations.ceremonyId, ceremonyIds)),
    personFacts(db, invitedPeople),
    planningSettingsOf(db),
    db.select().from(travelRestrictions).where(inArray(travelRestrictions.toCountry, ceremonyCountries)),
  ]);

  const requirementsByCeremony = groupBy(requirementRows, (row) => row.requirement.ceremonyId);
  const inviteesByCeremony = groupBy(inviteeRows, (row) => row.ceremonyId);

  for (const { ceremony, facility } of ceremonyRows) {
    const requirementSets = new Map<string, { code: string; name: string; threshold: number }>();
    const requirements: Requirement[] = (requirementsByCeremony.get(ceremony.id) ?? []).map(
      ({ requirement, set }) => {
        if (set) requirementSets.set(set.code, { code: set.code, name: set.name, threshold: set.threshold });
        return { role: requirement.role, min: requirement.min, ...(set ? { credentialSet: set.code } : {}) };
      },
    );
    const invitees = (inviteesByCeremony.get(ceremony.id) ?? []).map((row) => ({
      ...row,
      roles: row.roles.filter(isRole),
    }));
    const quorumPeople = invitees.map((row) =>
      toQuorumPerson(row, facts.seats.get(row.personId) ?? [], facts.windows.get(row.personId) ?? []),
    );
    result.set(ceremony.id, {
      ceremony: { ...ceremony, facility },
      invitees,
      requirementSets,
      input: {
        ceremony: {
          facility: {
            code: facility.code,
            country: facility.country as CountryCode,
            timeZone: ceremony.timeZone,
          },
          start: ceremony.startsAt.getTime(),
          durationMinutes: ceremony.durationMinutes,
          ...(ceremony.standbyDate ? { standbyDate: ceremony.standbyDate } : {}),
        },
        requirements,
        people: quorumPeople,
        restrictions: restrictionRows.filter((r) => r.toCountry === facility.country).map(toRestriction),
        policy: { remoteRoles: settings.remoteRoles },
      },
      settings,
    });
  }
  return result;
}
