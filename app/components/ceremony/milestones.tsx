import type { Milestone } from "@/lib/domain/milestones";

const TONE = { done: "ok", due: "warn", overdue: "bad", upcoming: "", missed: "bad" } as const;

export function Milestones({ milestones }: { milestones: Milestone[] }) {
  return (
    <ol className="timeline" data-testid="milestones">
      {milestones.map((m) => (
        <li key={m.key}>
          <strong>{m.label}</strong> · {m.date} <span className={`badge ${TONE[m.state]}`}>{m.state}</span>
          {m.detail ? <div className="muted">{m.detail}</div> : null}
        </li>
      ))}
    </ol>
  );
}
