import type { Verdict } from "@/lib/domain/quorum/vocabulary";

type Look = Verdict | "none";

// Each verdict has its own shape as well as its own colour, so the legend reads in black and white too.
const LOOK: Record<Look, { colour: string; text: string }> = {
  met: { colour: "#116b3a", text: "quorum met (circle)" },
  at_risk: { colour: "#8a5a00", text: "quorum at risk (triangle)" },
  not_met: { colour: "#a3261b", text: "quorum not met (cross)" },
  none: { colour: "#5b6675", text: "quorum not yet assessed (hollow square)" },
};

/** Every marker look, "not yet assessed" (null) last. */
export const VERDICT_LOOKS: (Verdict | null)[] = ["met", "at_risk", "not_met", null];

/** The verdict in words; `withShape` adds the marker's shape, for the legend. */
export function verdictText(verdict: Verdict | null, withShape = false): string {
  const text = LOOK[verdict ?? "none"].text;
  return withShape ? text : text.replace(/ \(.*\)$/, "");
}

/** The ceremony marker for a verdict, centred on (x, y), `r` units from centre to edge. */
export function VerdictMark({
  verdict,
  x,
  y,
  r = 6,
}: {
  verdict: Verdict | null;
  x: number;
  y: number;
  r?: number;
}) {
  const look = verdict ?? "none";
  const colour = LOOK[look].colour;
  switch (look) {
    case "met":
      return <circle cx={x} cy={y} r={r} fill={colour} stroke="#000" strokeWidth={0.75} />;
    case "at_risk":
      return (
        <polygon
          points={`${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}`}
          fill={colour}
          stroke="#000"
          strokeWidth={0.75}
        />
      );
    case "not_met":
      return (
        <path
          d={`M${x - r},${y - r} L${x + r},${y + r} M${x + r},${y - r} L${x - r},${y + r}`}
          stroke={colour}
          strokeWidth={2.5}
        />
      );
    case "none":
      return (
        <rect
          x={x - r}
          y={y - r}
          width={2 * r}
          height={2 * r}
          fill="#fff"
          stroke={colour}
          strokeWidth={1.5}
        />
      );
  }
}
