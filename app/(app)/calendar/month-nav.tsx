import Link from "next/link";
import type { CivilMonth } from "@/lib/time";

interface NavPage {
  query: { month: CivilMonth; facilityId: string | null };
  months: { previous: CivilMonth; next: CivilMonth; current: CivilMonth };
  facilities: { id: string; code: string; name: string }[];
}

function href(month: CivilMonth, facilityId: string | null): string {
  return `/calendar?month=${month}${facilityId ? `&facility=${facilityId}` : ""}`;
}

/** Previous, today and next month links, and the facility filter as a plain form (works without JS). */
export function MonthNav({ page }: { page: NavPage }) {
  const { month, facilityId } = page.query;
  return (
    <nav aria-label="Month" className="calendar-nav">
      <h2>{month}</h2>
      <p>
        <Link href={href(page.months.previous, facilityId)}>← Previous month</Link> ·{" "}
        <Link
          href={href(page.months.current, facilityId)}
          aria-current={month === page.months.current ? "page" : undefined}
        >
          Today
        </Link>{" "}
        · <Link href={href(page.months.next, facilityId)}>Next month →</Link>
      </p>
      <form method="get" action="/calendar">
        <input type="hidden" name="month" value={month} />
        <label htmlFor="calendar-facility">Facility</label>{" "}
        <select id="calendar-facility" name="facility" defaultValue={facilityId ?? ""}>
          <option value="">All facilities</option>
          {page.facilities.map((f) => (
            <option key={f.id} value={f.id}>
              {f.code}: {f.name}
            </option>
          ))}
        </select>{" "}
        <button type="submit">Show</button>
      </form>
    </nav>
  );
}
