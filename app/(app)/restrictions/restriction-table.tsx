import Link from "next/link";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { countryName } from "@/lib/domain/quorum/country-names";
import type { RestrictionRow } from "@/lib/queries/management/restrictions";
import { restrictionValues } from "@/lib/validation/restriction";
import { describeRestriction } from "./describe";

/** One group of restrictions (active, upcoming or ended), with what to do when it is empty. */
export function RestrictionTable({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: RestrictionRow[];
  empty: string;
}) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <Panel id={id} title={`${title} (${rows.length})`}>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <DataTable label="Restrictions" headers={["Restriction", "Exempt", "Note"]}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/restrictions/${r.id}`}>{describeRestriction(restrictionValues(r))}</Link>
              </td>
              <td>{r.exempt.map(countryName).join(", ") || <span className="muted">none</span>}</td>
              <td>{r.note ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Panel>
  );
}
