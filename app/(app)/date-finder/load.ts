import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { ceremonyWithFacility } from "@/lib/queries/planning/calendar";
import { listCeremonies, planningChoices } from "@/lib/queries/planning/ceremony-list";
import { parseDateFinderQuery } from "@/lib/queries/planning/date-finder-form";
import { searchDates } from "@/lib/queries/planning/date-search";
import { getRuntime } from "@/lib/runtime";
import { civilDateInZone, currentInstant } from "@/lib/time";

/** The date finder: form choices, the ceremony to reschedule (if any), the parsed query and ranked dates. */
export async function loadDateFinderPage(searchParams: Promise<Record<string, string>>) {
  await requireAccess("date_finder.use", "/date-finder");
  const params = await searchParams;
  const { db } = await getRuntime();
  const now = currentInstant();
  const [choices, upcoming] = await Promise.all([planningChoices(db), listCeremonies(db, now, "upcoming")]);
  const ceremony = params.ceremonyId ? await ceremonyWithFacility(db, params.ceremonyId) : null;
  const defaults: Record<string, string> = ceremony
    ? { facilityId: ceremony.facilityId, duration: String(ceremony.durationMinutes) }
    : {};
  const { values, query, fields } = parseDateFinderQuery(
    { ...defaults, ...params },
    civilDateInZone(now, "UTC"),
  );
  const found = query ? await searchDates(db, query, now) : null;
  return { choices, upcoming, ceremony, values, query, fields, found };
}
