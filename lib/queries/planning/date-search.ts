import "server-only";
import type { Queryable } from "@/db/client";
import { findCeremonyDates } from "@/lib/domain/quorum";
import type { Instant } from "@/lib/time";
import { dateFinderCalendar } from "./date-finder-calendar";
import type { DateFinderQuery } from "./date-finder-form";
import { dateFinderSetup } from "./date-finder-setup";

/**
 * The date finder's answer for a query, as the page shows it: every allowed date ranked, marked against
 * the coverage deadlines (key signings only) and the calendar of other ceremonies. Null when the facility,
 * ceremony or template is gone.
 */
export async function searchDates(db: Queryable, query: DateFinderQuery, now: Instant) {
  const found = await dateFinderSetup(
    db,
    query.facilityId,
    query.ceremonyId ? { ceremonyId: query.ceremonyId } : { templateId: query.templateId as string },
  );
  if (!found) return null;
  const signing = found.kind === "key_signing";
  const { busy, deadlines } = await dateFinderCalendar(db, {
    from: query.from,
    to: query.to,
    ...(query.ceremonyId ? { excludeCeremonyId: query.ceremonyId } : {}),
    signing,
    now,
  });
  const candidates = findCeremonyDates(found.setup, {
    window: { from: query.from, to: query.to },
    localStartTime: query.time,
    durationMinutes: query.duration,
    blackout: { weekdaysOnly: query.weekdaysOnly, holidays: query.holidays },
    deadlines,
    busy,
  });
  return { facility: found.facility, signing, deadlines, candidates };
}
