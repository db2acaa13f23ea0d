import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";
import { formatUtc } from "@/lib/time/format";

export function History({ history }: { history: CeremonyPageData["history"] }) {
  return (
    <ol data-testid="history" style={{ paddingLeft: "1.2rem" }}>
      {history.map((h) => (
        <li key={h.id}>
          {h.fromStatus ? `${h.fromStatus} → ` : ""}
          <strong>{h.toStatus}</strong>: {h.reason}
          <div className="muted">
            {formatUtc(h.at)}
            {h.actor ? ` · ${h.actor}` : ""}
          </div>
        </li>
      ))}
    </ol>
  );
}
