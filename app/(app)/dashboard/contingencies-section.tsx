import Link from "next/link";
import { ContingencyStateBadge } from "@/app/components/contingency/state-badge";
import { Panel } from "@/app/components/manage/layout-blocks";
import type { openContingencies } from "@/lib/queries/dashboard/open-contingencies";
import { formatMeeting } from "@/lib/time/format";
import styles from "./dashboard.module.css";

type Row = Awaited<ReturnType<typeof openContingencies>>[number];

const SHOWN = 5;

/** Open workflows, most urgent first, with when each next escalates while nobody acknowledges it. */
export function ContingenciesSection({ rows, zone }: { rows: Row[]; zone: string }) {
  return (
    <Panel id="open-contingencies" title="Open contingencies">
      {rows.length === 0 ? (
        <p className="empty">
          No contingency workflow is open. When a ceremony is at risk, open one from{" "}
          <Link href="/contingencies">Contingencies</Link>.
        </p>
      ) : (
        <>
          <ul className={styles.rows}>
            {rows.slice(0, SHOWN).map((row) => (
              <li key={row.id} data-testid="open-contingency">
                <Link href={`/contingencies/${row.id}`}>{row.title}</Link>{" "}
                <ContingencyStateBadge state={row.state} />
                <div className="muted">
                  {row.nextEscalationAt !== null
                    ? `Escalates next ${formatMeeting(row.nextEscalationAt, zone)} unless acknowledged`
                    : row.state === "open"
                      ? "At its last escalation level"
                      : "Acknowledged: no further escalation"}
                  {row.deadlineAt ? ` · deadline ${formatMeeting(row.deadlineAt, zone)}` : ""}
                </div>
              </li>
            ))}
          </ul>
          {rows.length > SHOWN ? (
            <p>
              <Link href="/contingencies">All {rows.length} open workflows</Link>
            </p>
          ) : null}
        </>
      )}
    </Panel>
  );
}
