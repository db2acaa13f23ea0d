import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";
import { formatUtc } from "@/lib/time/format";

export function History({ history }: { history: CeremonyPageData["history"] }) {
  return (
    <ol data-testid="history" style={{ paddingLeft: "1.2rem" }}>
      {history.map((h) => (
        <li key={h.id}>
          {h.fromStatus && h.fromStatus !== h.toStatus ? `${h.fromStatus} → ` : ""}
          <strong>
            {h.changes.length > 0
              ? `moved${h.fromStatus === h.toStatus ? "" : `, ${h.toStatus}`}`
              : h.toStatus}
          </strong>
          : {h.reason}
          {h.changes.length > 0 ? (
            <ul data-testid="history-changes">
              {h.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <div className="muted">
            {formatUtc(h.at)}
            {h.actor ? ` · ${h.actor}` : ""}
          </div>
        </li>
      ))}
    </ol>
  );
}
