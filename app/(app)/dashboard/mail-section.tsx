import { Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/lib/domain/words";
import type { recentMailFailures } from "@/lib/queries/mail-failures";
import { formatMeeting } from "@/lib/time/format";
import styles from "./dashboard.module.css";

type Failures = Awaited<ReturnType<typeof recentMailFailures>>;

/** Every message given up on in the last day, so invitations and reminders that never left are seen. */
export function MailSection({ failures, zone }: { failures: Failures; zone: string }) {
  return (
    <Panel id="mail-failures" title="Failed mail deliveries">
      {failures.length === 0 ? (
        <p className="empty">Every message of the last day was delivered to the mail provider.</p>
      ) : (
        <ul className={styles.rows} data-testid="dashboard-mail-failures">
          {failures.map((f) => (
            <li key={`${f.to}-${f.at.toISOString()}`}>
              <strong>{words(f.template)}</strong> to {f.to}
              <div className="muted">
                {formatMeeting(f.at, zone)}
                {f.error ? ` · ${f.error}` : ""}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
