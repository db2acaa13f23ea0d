import type { Verdict } from "@/lib/domain/quorum/vocabulary";

const LOOK: Record<Verdict, { tone: string; text: string }> = {
  met: { tone: "ok", text: "Quorum met" },
  at_risk: { tone: "warn", text: "Quorum at risk" },
  not_met: { tone: "bad", text: "Quorum not met" },
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge ${LOOK[verdict].tone}`} data-testid="verdict">
      {LOOK[verdict].text}
    </span>
  );
}
