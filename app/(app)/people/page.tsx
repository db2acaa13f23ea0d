import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { can } from "@/lib/auth/policy";
import { accessGroupsOf, PERSON_ROLES } from "@/lib/domain/people";
import { countryName } from "@/lib/domain/quorum/country-names";
import { loadPeoplePage } from "./load";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, filter, rows, sets } = await loadPeoplePage(searchParams);
  const canManage = can(actor.roles, "people.manage");
  const filtered = Boolean(filter.role || filter.setId || filter.q);
  return (
    <main>
      <h1>People</h1>
      {canManage ? (
        <p>
          <Link className="button" href="/people/new">
            Invite a person
          </Link>
        </p>
      ) : null}
      <form className="panel filters" method="get" aria-label="Filter people">
        <div>
          <label htmlFor="f-q">Name or email</label>
          <input id="f-q" name="q" defaultValue={filter.q ?? ""} />
        </div>
        <div>
          <label htmlFor="f-role">Role</label>
          <select id="f-role" name="role" defaultValue={filter.role ?? ""}>
            <option value="">Any role</option>
            {PERSON_ROLES.map((r) => (
              <option key={r} value={r}>
                {words(r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-set">Holds a seat in</label>
          <select id="f-set" name="set" defaultValue={filter.setId ?? ""}>
            <option value="">Any set or none</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} ({s.facilityCode})
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Filter</button>
        </div>
      </form>
      <div className="panel">
        <p className="muted" data-testid="people-count">
          {rows.length} {rows.length === 1 ? "person" : "people"}
          {filtered ? " match these filters" : ""}
        </p>
        {rows.length === 0 ? (
          <p className="empty">
            {filtered
              ? "Nobody matches these filters. Clear them to see everyone."
              : canManage
                ? "Nobody is registered yet. Invite the first person."
                : "Nobody is registered yet."}
          </p>
        ) : (
          <DataTable label="People" headers={["Name", "Roles", "Seats", "Home"]}>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/people/${p.id}`}>{p.name}</Link>
                  <div className="muted">{p.email}</div>
                  {p.active ? null : <span className="badge warn">inactive</span>}
                </td>
                <td>
                  {p.roles.map(words).join(", ")}
                  <div className="muted">{accessGroupsOf(p.roles).map(words).join(", ")}</div>
                </td>
                <td>{p.seats.join(", ") || <span className="muted">none</span>}</td>
                <td>
                  {countryName(p.homeCountry)}
                  <div className="muted">{p.timeZone}</div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </main>
  );
}
