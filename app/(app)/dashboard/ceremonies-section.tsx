import Link from "next/link";
import { Panel } from "@/app/components/manage/layout-blocks";
import { StatusBadge } from "@/app/components/status-badge";
import { VerdictBadge } from "@/app/components/verdict-badge";
import type { NextCeremony } from "@/lib/queries/dashboard/next-ceremonies";
import { formatMeeting } from "@/lib/time/format";
import styles from "./dashboard.module.css";
import { QuorumGauge } from "./quorum-gauge";

/** The next ceremonies, each with its quorum gauge and who is still missing. */
export function CeremoniesSection({
  rows,
  zone,
  mayPlan,
}: {
  rows: NextCeremony[];
  zone: string;
  mayPlan: boolean;
}) {
  return (
    <Panel id="next-ceremonies" title="Next ceremonies">
      {rows.length === 0 ? (
        <p className="empty">
          No ceremony is planned.{" "}
          {mayPlan ? <Link href="/ceremonies/new">Plan the next one</Link> : "A coordinator plans them."}
        </p>
      ) : (
        <ul className={styles.cards}>
          {rows.map((c) => (
            <li key={c.id} className={styles.card} data-testid={`next-${c.label}`}>
              <Link href={`/ceremonies/${c.id}`}>
                <strong>{c.label}</strong>
              </Link>{" "}
              <StatusBadge status={c.status} />{" "}
              {c.gauge.length > 0 ? <VerdictBadge verdict={c.verdict} /> : null}
              <div>
                {c.facilityName}: {formatMeeting(c.startsAt, c.timeZone)}
              </div>
              {zone !== c.timeZone ? (
                <div className="muted">Your time: {formatMeeting(c.startsAt, zone)}</div>
              ) : null}
              <QuorumGauge gauge={c.gauge} />
              <Missing ceremony={c} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function Missing({ ceremony }: { ceremony: NextCeremony }) {
  const short = ceremony.gauge.filter((r) => !r.met);
  if (ceremony.invited === 0) {
    return (
      <p>
        Nobody is invited yet: <Link href={`/ceremonies/${ceremony.id}/invite`}>invite people</Link>.
      </p>
    );
  }
  return (
    <div data-testid="missing">
      {short.length > 0 ? <p>Still short: {short.map((r) => r.label).join("; ")}.</p> : null}
      {ceremony.unanswered.length === 0 ? (
        <p className="muted">Everyone invited has answered.</p>
      ) : (
        <p>
          Not answered ({ceremony.unanswered.length} of {ceremony.invited}):{" "}
          {ceremony.unanswered.map((p) => (p.reconfirm ? `${p.name} (re-confirm)` : p.name)).join(", ")}
        </p>
      )}
    </div>
  );
}
