import type { Metadata } from "next";
import Link from "next/link";
import { CeremonyTable } from "@/app/components/ceremony/ceremony-table";
import { CoverageHeadline } from "@/app/components/coverage/coverage-headline";
import { DeadlineWarnings } from "@/app/components/coverage/deadline-warnings";
import { accessGroupsOf } from "@/lib/domain/people";
import { countryName } from "@/lib/domain/quorum/country-names";
import { words } from "@/lib/domain/words";
import { loadDashboardPage } from "./load";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { session, ceremonyRows, peopleRows, facilityRows, coverage } = await loadDashboardPage();
  return (
    <main>
      <h1>Dashboard</h1>
      {coverage ? (
        <section aria-labelledby="coverage-summary">
          <h2 id="coverage-summary">Signature coverage</h2>
          <CoverageHeadline state={coverage} zone={session?.user.timeZone ?? "UTC"} short />
          <DeadlineWarnings state={coverage} headingLevel={3} />
          <p>
            <Link href="/coverage">Timeline, bundle in force and settings</Link>
          </p>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming ceremonies</h2>
        {ceremonyRows.length === 0 ? (
          <p className="empty">
            No ceremonies are planned. A coordinator can plan the next one from here soon.
          </p>
        ) : (
          <div className="table-wrap">
            <CeremonyTable rows={ceremonyRows} />
          </div>
        )}
      </section>

      <section aria-labelledby="facilities">
        <h2 id="facilities">Facilities and credential sets</h2>
        {facilityRows.length === 0 ? <p className="empty">No facilities yet.</p> : null}
        <div className="grid">
          {facilityRows.map((f) => (
            <div className="panel" key={f.id}>
              <strong>{f.name}</strong>
              <div className="muted">
                {f.code} · {f.city}, {countryName(f.country)} · {f.timeZone}
              </div>
              <ul>
                {f.sets.map((s) => (
                  <li key={s.code}>
                    {s.name}: {s.threshold} of {s.size} · {s.active} active, {s.backup} backup
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby="people">
        <h2 id="people">People ({peopleRows.length})</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Roles</th>
                <th>Home</th>
                <th>Time zone</th>
              </tr>
            </thead>
            <tbody>
              {peopleRows.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name}
                    <div className="muted">{p.email}</div>
                  </td>
                  <td>
                    {p.roles.map(words).join(", ")}
                    <div className="muted">{accessGroupsOf(p.roles).join(", ")}</div>
                  </td>
                  <td>{countryName(p.homeCountry)}</td>
                  <td>{p.timeZone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
