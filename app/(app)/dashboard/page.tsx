import type { Metadata } from "next";
import { StatusBadge } from "@/app/components/status-badge";
import { requireAccess } from "@/lib/auth/guard";
import { accessGroupsOf } from "@/lib/domain/people";
import { listFacilities, listPeople, upcomingCeremonies } from "@/lib/queries/dashboard";
import { getRuntime } from "@/lib/runtime";
import { formatMeeting } from "@/lib/time/format";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireAccess("dashboard.view", "/dashboard");
  const { db } = await getRuntime();
  const now = new Date();
  const [ceremonyRows, peopleRows, facilityRows] = await Promise.all([
    upcomingCeremonies(db, now),
    listPeople(db),
    listFacilities(db),
  ]);
  return (
    <main>
      <h1>Dashboard</h1>
      <section className="panel" aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming ceremonies</h2>
        {ceremonyRows.length === 0 ? (
          <p className="empty">
            No ceremonies are planned. A coordinator can plan the next one from here soon.
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Ceremony</th>
                  <th>Facility</th>
                  <th>Starts (facility time)</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {ceremonyRows.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <strong>{c.label}</strong> <span className="muted">{c.kind.replace(/_/g, " ")}</span>
                    </td>
                    <td>{c.facilityName}</td>
                    <td>
                      {formatMeeting(c.startsAt, c.timeZone)}
                      <div className="muted">{c.durationMinutes / 60} h</div>
                    </td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
                {f.code} · {f.city}, {f.country} · {f.timeZone}
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
                    {p.roles.map((r) => r.replace(/_/g, " ")).join(", ")}
                    <div className="muted">{accessGroupsOf(p.roles).join(", ")}</div>
                  </td>
                  <td>{p.homeCountry}</td>
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
