import Link from "next/link";
import { ContingencyStateBadge } from "@/app/components/contingency/state-badge";
import { DataTable } from "@/app/components/manage/layout-blocks";
import { CAUSE_LABELS } from "@/lib/domain/contingency/title";
import type { listContingencies } from "@/lib/queries/contingency/list";
import { formatMeeting } from "@/lib/time/format";

type Row = Awaited<ReturnType<typeof listContingencies>>[number];

/** Workflows, most urgent first as the query orders them. */
export function ContingencyTable({ rows, zone }: { rows: Row[]; zone: string }) {
  const at = (value: Date | null) => (value ? formatMeeting(value, zone) : "—");
  return (
    <DataTable
      label="Contingency workflows"
      headers={["Workflow", "State", "Cause", "Playbook", "Opened", "Deadline", "Closed"]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            <Link href={`/contingencies/${row.id}`}>{row.title}</Link>
            {row.resolutionProposedAt && !row.closedAt ? (
              <div className="muted">trigger cleared: ready to resolve</div>
            ) : null}
          </td>
          <td>
            <ContingencyStateBadge state={row.state} />
          </td>
          <td>{CAUSE_LABELS[row.cause]}</td>
          <td>{row.playbookName}</td>
          <td>{at(row.openedAt)}</td>
          <td>{at(row.deadlineAt)}</td>
          <td>{at(row.closedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
