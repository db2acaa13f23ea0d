import type { Metadata } from "next";
import Link from "next/link";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { formatMeeting } from "@/lib/time/format";
import { loadDateFinderPage } from "./load";
import { RescheduleButton } from "./reschedule-button";

export const metadata: Metadata = { title: "Date finder" };

const SHOWN = 15;
const POLLED = 5;

/** Hands the best usable dates of the ranking to a new date poll for the ceremony. */
function PollLink({
  ceremonyId,
  candidates,
  time,
}: {
  ceremonyId: string;
  candidates: readonly { date: string; blocked: boolean; tooLate: unknown }[];
  time: string;
}) {
  const dates = candidates
    .filter((c) => !c.blocked && !c.tooLate)
    .slice(0, POLLED)
    .map((c) => c.date);
  if (dates.length < 2) return null;
  const query = new URLSearchParams({ dates: dates.join(","), time });
  return (
    <p>
      <Link href={`/ceremonies/${ceremonyId}/poll?${query.toString()}`}>
        Ask the invitees: a date poll on the best {dates.length} dates
      </Link>
    </p>
  );
}

export default async function DateFinderPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { choices, upcoming, ceremony, values, query, fields, found } =
    await loadDateFinderPage(searchParams);
  const candidates = found ? found.candidates.slice(0, SHOWN) : [];
  const input = (name: string, label: string, type = "text") => (
    <div>
      <label htmlFor={`df-${name}`}>{label}</label>
      <input id={`df-${name}`} name={name} type={type} defaultValue={values[name] ?? ""} />
      {fields[name] ? <p className="field-error">{fields[name]}</p> : null}
    </div>
  );
  return (
    <main>
      <h1>Date finder</h1>
      <p className="muted">
        Ranks the dates in a window by whether a quorum can attend (met, then at risk, then not met) and by
        the spare people each leaves. Unavailability and travel restrictions are checked on each date; for an
        existing ceremony, invitees keep their answers and everyone else who holds a required role counts as
        not yet answered. Dates that start after a key signing's deadline are marked too late and ranked after
        those in time; days another ceremony (or its standby day) holds at the facility are ranked last and
        cannot be chosen; someone booked at another facility's ceremony that day counts as away.
      </p>
      <form method="get" className="panel filters">
        <div>
          <label htmlFor="df-facilityId">Facility</label>
          <select id="df-facilityId" name="facilityId" defaultValue={values.facilityId ?? ""}>
            <option value="">Choose…</option>
            {choices.facilities.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
          {fields.facilityId ? <p className="field-error">{fields.facilityId}</p> : null}
        </div>
        <div>
          <label htmlFor="df-ceremonyId">For ceremony</label>
          <select id="df-ceremonyId" name="ceremonyId" defaultValue={values.ceremonyId ?? ""}>
            <option value="">A new ceremony (use a template)</option>
            {upcoming.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({c.facilityName})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="df-templateId">Template</label>
          <select id="df-templateId" name="templateId" defaultValue={values.templateId ?? ""}>
            <option value="">—</option>
            {choices.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          {fields.templateId ? <p className="field-error">{fields.templateId}</p> : null}
        </div>
        {input("from", "From", "date")}
        {input("to", "To", "date")}
        {input("time", "Start (facility clock)", "time")}
        {input("duration", "Duration (minutes)", "number")}
        {input("holidays", "Holidays to skip (YYYY-MM-DD …)")}
        <div>
          <label style={{ fontWeight: 400 }}>
            <input
              type="checkbox"
              name="weekdaysOnly"
              defaultChecked={values.weekdaysOnly === "on"}
              style={{ width: "auto" }}
            />{" "}
            Weekdays only
          </label>
        </div>
        <div>
          <button type="submit">Find dates</button>
        </div>
      </form>
      {query && found ? (
        <section
          className="panel table-wrap"
          aria-labelledby="results"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
          tabIndex={0}
        >
          <h2 id="results">Best dates at {found.facility.name}</h2>
          <DeadlineNote signing={found.signing} deadlines={found.deadlines} zone={found.facility.timeZone} />
          {ceremony && query.ceremonyId && ceremony.facilityId === query.facilityId ? (
            <PollLink ceremonyId={ceremony.id} candidates={candidates} time={query.time} />
          ) : null}
          {candidates.length === 0 ? (
            <p className="empty">No date in this window passes the blackout rules. Widen the window.</p>
          ) : (
            <table data-testid="date-results">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Quorum</th>
                  <th>Margin</th>
                  <th>Why</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.date} data-testid={`date-${c.date}`}>
                    <td>
                      {formatMeeting(c.start, found.facility.timeZone)}
                      {c.tooLate ? (
                        <div className="badge bad" data-testid="too-late">
                          too late: after {c.tooLate.label}
                        </div>
                      ) : null}
                      {c.blocked ? (
                        <div className="badge bad" data-testid="facility-taken">
                          facility taken
                        </div>
                      ) : null}
                    </td>
                    <td>
                      <VerdictBadge verdict={c.verdict} />
                    </td>
                    <td>
                      {c.minMargin >= 0 ? `+${c.minMargin}` : c.minMargin} (total {c.sumMargin})
                    </td>
                    <td>
                      <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                        {[...c.clashes, ...c.reasons].map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {c.blocked ? (
                        <span className="muted">Not available at this facility</span>
                      ) : ceremony && query.ceremonyId ? (
                        <RescheduleButton
                          id={ceremony.id}
                          version={ceremony.version}
                          facilityId={query.facilityId}
                          date={c.date}
                          time={query.time}
                          label={ceremony.label}
                        />
                      ) : (
                        <Link
                          href={`/ceremonies/new?${new URLSearchParams({
                            facilityId: query.facilityId,
                            date: c.date,
                            time: query.time,
                            duration: String(query.duration),
                            templateId: query.templateId ?? "",
                          }).toString()}`}
                        >
                          Plan a ceremony here
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </main>
  );
}

/** Which deadline the marks follow, or why none applies. */
function DeadlineNote({
  signing,
  deadlines,
  zone,
}: {
  signing: boolean;
  deadlines: { at: number; label: string }[];
  zone: string;
}) {
  if (!signing) return <p className="muted">Not a key signing: no SKR deadline applies.</p>;
  if (deadlines.length === 0)
    return (
      <p className="muted" data-testid="deadline-note">
        No trusted SKR coverage on file: no deadline could be applied. Upload the current SKR at{" "}
        <Link href="/documents">KSR/SKR files</Link>.
      </p>
    );
  return (
    <p data-testid="deadline-note">
      Too late after{" "}
      {deadlines.map((d, i) => (
        <span key={d.label}>
          {i > 0 ? " and " : ""}
          {d.label} ({formatMeeting(d.at, zone)})
        </span>
      ))}
      .
    </p>
  );
}
