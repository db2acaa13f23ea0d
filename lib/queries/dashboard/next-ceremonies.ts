import "server-only";
import { and, asc, gte, notInArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { requirementInWords } from "@/lib/domain/quorum";
import { dateOf, type Instant } from "@/lib/time";
import { loadCeremonyPlanning } from "../planning/load-quorum";
import { quorumOutcomes } from "../planning/quorum-outcomes";

const FINISHED = ["held", "cancelled"] as const;

/**
 * The next ceremonies still to be held, soonest first, each with its quorum gauge (confirmed of needed
 * per requirement, as the ceremony page counts it) and who is missing: requirements still short and
 * invitees who owe an answer. A fixed number of queries however many ceremonies are shown.
 */
export async function nextCeremonies(db: Queryable, now: Instant, limit = 3) {
  const upcoming = await db
    .select({ id: ceremonies.id })
    .from(ceremonies)
    .where(and(gte(ceremonies.startsAt, dateOf(now)), notInArray(ceremonies.status, [...FINISHED])))
    .orderBy(asc(ceremonies.startsAt))
    .limit(limit);
  const planning = await loadCeremonyPlanning(
    db,
    upcoming.map((row) => row.id),
  );
  return upcoming.flatMap(({ id }) => {
    const entry = planning.get(id);
    if (!entry) return [];
    const { ceremony, invitees } = entry;
    const { verdict, requirements } = quorumOutcomes(entry);
    return [
      {
        id,
        label: ceremony.label,
        status: ceremony.status,
        startsAt: ceremony.startsAt,
        timeZone: ceremony.timeZone,
        facilityName: ceremony.facility.name,
        verdict,
        gauge: requirements.map((r) => ({
          key: r.key,
          label: requirementInWords(r),
          confirmed: r.confirmed,
          min: r.min,
          met: r.met,
        })),
        invited: invitees.length,
        unanswered: invitees
          .filter((i) => i.response === "no_answer")
          .map((i) => ({ personId: i.personId, name: i.name, reconfirm: i.previousResponse !== null })),
      },
    ];
  });
}

export type NextCeremony = Awaited<ReturnType<typeof nextCeremonies>>[number];
