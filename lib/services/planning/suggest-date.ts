import "server-only";
import type { Queryable } from "@/db/client";
import { searchDates } from "@/lib/queries/planning/date-search";
import type { CeremonyRow } from "@/lib/queries/planning/load-quorum";
import { addDaysToCivil, civilDateInZone, type Instant, MS_PER_DAY } from "@/lib/time";
import { formatInZone, formatMeeting } from "@/lib/time/format";

/** How far either side of the ceremony's date the notice looks for a better one. */
export const SUGGESTION_REACH_DAYS = 30;

/**
 * What the date finder suggests for a ceremony whose quorum fell: the best date within
 * SUGGESTION_REACH_DAYS either side (weekdays, at the same facility-local time, not before tomorrow)
 * that the facility can hold and that is in time for the coverage deadlines, in words; or why there is
 * none. The same search the date finder page runs.
 */
export async function suggestDate(db: Queryable, ceremony: CeremonyRow, now: Instant): Promise<string> {
  const zone = ceremony.timeZone;
  const date = civilDateInZone(ceremony.startsAt.getTime(), zone);
  const tomorrow = civilDateInZone(now + MS_PER_DAY, zone);
  const back = addDaysToCivil(date, -SUGGESTION_REACH_DAYS);
  const found = await searchDates(
    db,
    {
      facilityId: ceremony.facilityId,
      ceremonyId: ceremony.id,
      templateId: undefined,
      from: back > tomorrow ? back : tomorrow,
      to: addDaysToCivil(date, SUGGESTION_REACH_DAYS),
      time: formatInZone(ceremony.startsAt, zone, "HH:mm"),
      duration: ceremony.durationMinutes,
      weekdaysOnly: true,
      holidays: [],
    },
    now,
  );
  const best = found?.candidates.find((c) => !c.blocked && !c.tooLate);
  const reach = `within ${SUGGESTION_REACH_DAYS} days of ${date}`;
  if (!best || best.verdict === "not_met")
    return `The date finder finds no weekday ${reach} where the quorum can be met.`;
  const margin = best.minMargin >= 0 ? `+${best.minMargin}` : String(best.minMargin);
  return best.verdict === "met"
    ? `The date finder suggests ${formatMeeting(best.start, zone)}: quorum met, margin ${margin}.`
    : `No weekday ${reach} meets the quorum with confirmed people alone; the best, ${formatMeeting(best.start, zone)}, is at risk.`;
}
