import type { CalendarEntry } from "@/lib/domain/calendar/calendar-events";
import type { MonthGrid } from "@/lib/domain/calendar/month-grid";
import type { PersonRole } from "@/lib/domain/people";

// Hues far enough apart to tell neighbours apart; the code beside each entry carries the meaning too.
const HUES = [210, 25, 140, 290, 0, 180, 60, 330];

export interface FacilityStyle {
  code: string;
  color: string;
}

/** A colour and short code per facility, stable for a given list order (facilities come sorted by code). */
export function facilityStyles(
  facilities: readonly { id: string; code: string }[],
): Map<string, FacilityStyle> {
  return new Map(
    facilities.map((f, i) => [f.id, { code: f.code, color: `hsl(${HUES[i % HUES.length]} 70% 35%)` }]),
  );
}

/** What both month views (grid and agenda) draw from. */
export interface MonthViewProps {
  grid: MonthGrid;
  days: Map<string, CalendarEntry[]>;
  styles: Map<string, FacilityStyle>;
  roles: readonly PersonRole[];
}
