import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { CalendarAgenda } from "./calendar-agenda";
import { CalendarGrid } from "./calendar-grid";
import { facilityStyles } from "./facility-styles";
import { loadCalendarPage } from "./load";
import { MonthNav } from "./month-nav";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const page = await loadCalendarPage(searchParams);
  const styles = facilityStyles(page.facilities);
  const hasEntries = page.days.size > 0;
  const errors = Object.values(page.query.errors);
  return (
    <main>
      <h1>Calendar</h1>
      <p className="muted">
        Times in your zone ({page.zone}), with the facility's when it differs. Deadlines fall on the
        facility's date.{" "}
        {can(page.actor.roles, "calendar.subscribe") ? (
          <Link href="/me/settings">Subscribe in your calendar app (.ics feed)</Link>
        ) : null}
      </p>
      {errors.length > 0 ? (
        <p role="alert" className="notice bad">
          {errors.join(" ")}
        </p>
      ) : null}
      <MonthNav page={page} />
      {page.facilities.length > 0 ? (
        <ul className="calendar-legend" aria-label="Facilities">
          {page.facilities.map((f) => (
            <li key={f.id}>
              <span
                className="calendar-swatch"
                style={{ background: styles.get(f.id)?.color }}
                aria-hidden="true"
              />
              <abbr title={f.name}>{f.code}</abbr> {f.name} ({f.timeZone})
            </li>
          ))}
        </ul>
      ) : null}
      {hasEntries ? null : (
        <p className="empty">
          Nothing this month. Try the next month, or all facilities;{" "}
          {can(page.actor.roles, "ceremonies.manage")
            ? "or plan a ceremony from the Ceremonies page."
            : "ceremonies you are invited to will appear here."}
        </p>
      )}
      <CalendarGrid grid={page.grid} days={page.days} styles={styles} roles={page.actor.roles} />
      <CalendarAgenda grid={page.grid} days={page.days} styles={styles} roles={page.actor.roles} />
    </main>
  );
}
