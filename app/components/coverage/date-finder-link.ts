import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { addDaysToCivil, civilDateInZone, civilDaysBetween, type Instant } from "@/lib/time";

// The date finder searches at most about a year; with the deadline past, offer the next two months.
const MAX_WINDOW_DAYS = 365;
const AFTER_DEADLINE_DAYS = 60;

/**
 * The date finder pre-filled with the window from today to the latest useful start, at the facility (and
 * with the template) of the last key signing when known; `ceremonyId` searches to move that ceremony.
 */
export function dateFinderHref(state: CoverageState, ceremonyId?: string): string {
  const from = civilDateInZone(state.now, "UTC");
  const params = new URLSearchParams({ from, to: windowEnd(from, state.deadline.latestUsefulStart) });
  const place = state.lastSigningPlace;
  if (ceremonyId) params.set("ceremonyId", ceremonyId);
  // The finder needs a template or a ceremony with a facility; without one it would greet with an error.
  else if (place?.templateId) {
    params.set("facilityId", place.facilityId);
    params.set("templateId", place.templateId);
  }
  return `/date-finder?${params.toString()}`;
}

function windowEnd(from: string, latestUsefulStart: Instant | null): string {
  if (latestUsefulStart === null) return addDaysToCivil(from, AFTER_DEADLINE_DAYS);
  const latest = civilDateInZone(latestUsefulStart, "UTC");
  const days = civilDaysBetween(from, latest);
  if (days < 0) return addDaysToCivil(from, AFTER_DEADLINE_DAYS);
  return days > MAX_WINDOW_DAYS ? addDaysToCivil(from, MAX_WINDOW_DAYS) : latest;
}
