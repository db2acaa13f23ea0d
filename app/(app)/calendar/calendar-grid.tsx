import { EntryItem } from "./entry-item";
import type { MonthViewProps as Props } from "./facility-styles";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The month as a Monday-first table; hidden on narrow screens, where the agenda takes over. */
export function CalendarGrid({ grid, days, styles, roles }: Props) {
  return (
    <table className="calendar-grid">
      <caption className="calendar-caption">Month {grid.month}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week) => (
          <tr key={week[0]?.date}>
            {week.map((day) => (
              <td
                key={day.date}
                data-date={day.date}
                className={[day.inMonth ? "" : "calendar-outside", day.isToday ? "calendar-today" : ""].join(
                  " ",
                )}
                aria-current={day.isToday ? "date" : undefined}
              >
                <span className="calendar-day">{day.day}</span>
                {days.get(day.date) ? (
                  <ul>
                    {days.get(day.date)?.map((entry) => (
                      <EntryItem key={entry.key} entry={entry} styles={styles} roles={roles} />
                    ))}
                  </ul>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
