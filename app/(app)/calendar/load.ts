import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { seesEveryCeremony } from "@/lib/auth/policy";
import { entriesByDay } from "@/lib/domain/calendar/calendar-events";
import { monthGrid } from "@/lib/domain/calendar/month-grid";
import { monthEvents } from "@/lib/queries/calendar/month-events";
import { getRuntime } from "@/lib/runtime";
import { addMonths, currentInstant, monthInZone } from "@/lib/time";
import { parseCalendarMonth } from "@/lib/validation/calendar-month";

/** One month of the calendar in the viewer's zone, scoped to what the viewer may see. */
export async function loadCalendarPage(searchParams: Promise<Record<string, string>>) {
  const actor = await requireAccess("calendar.view", "/calendar");
  const session = await currentSession();
  const zone = session?.user.timeZone ?? "UTC";
  const now = currentInstant();
  const query = parseCalendarMonth(await searchParams, monthInZone(now, zone));
  const grid = monthGrid(query.month, zone, now);
  const range = {
    from: grid.weeks[0]?.[0]?.date ?? grid.first,
    to: grid.weeks.at(-1)?.[6]?.date ?? grid.last,
  };
  const { db } = await getRuntime();
  const seesAll = seesEveryCeremony(actor.roles);
  const events = await monthEvents(db, { personId: actor.id as string, seesAll }, range, query.facilityId);
  const days = entriesByDay(events, zone, range);
  return {
    actor,
    zone,
    query,
    grid,
    days,
    facilities: events.facilities,
    months: {
      previous: addMonths(query.month, -1),
      next: addMonths(query.month, 1),
      current: monthInZone(now, zone),
    },
  };
}
