import { civilToDayNumber, MS_PER_DAY } from "@/lib/time";
import { formatInZone } from "@/lib/time/format";
import { EntryItem } from "./entry-item";
import type { MonthViewProps as Props } from "./facility-styles";

/** The month's days that hold something, as a list: what a phone shows instead of the grid. */
export function CalendarAgenda({ grid, days, styles, roles }: Props) {
  const dates = grid.weeks.flat().filter((d) => d.inMonth && days.has(d.date));
  return (
    <section className="calendar-agenda" aria-label={`Agenda for ${grid.month}`}>
      {dates.map((day) => (
        <div key={day.date} data-agenda-date={day.date}>
          <h3>{formatInZone(civilToDayNumber(day.date) * MS_PER_DAY, "UTC", "EEE d MMM")}</h3>
          <ul>
            {days.get(day.date)?.map((entry) => (
              <EntryItem key={entry.key} entry={entry} styles={styles} roles={roles} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
