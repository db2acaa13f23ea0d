import type { TimelineLayout } from "@/lib/domain/coverage/timeline-layout";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { formatInZone } from "@/lib/time/format";
import styles from "./coverage.module.css";
import { utcDay } from "./dates";
import { HatchPattern } from "./hatch-pattern";
import { MARKER_LOOK } from "./marker-look";
import { describeTimeline } from "./timeline-input";
import { TimelineLanes } from "./timeline-lanes";
import { VerdictMark } from "./verdict-mark";

/**
 * One drawing of the laid-out timeline as an SVG: lanes of bundles, gaps hatched, today and the deadlines
 * as labelled lines, and key signings by verdict. `id` keeps the ids of two drawings on a page apart.
 */
export function TimelineDrawing({
  state,
  layout,
  id,
}: {
  state: CoverageState;
  layout: TimelineLayout;
  id: string;
}) {
  const { plot } = layout;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>
        Signature coverage from {utcDay(layout.span.from)} to {utcDay(layout.span.to)}
      </title>
      <desc id={`${id}-desc`}>{describeTimeline(state)}</desc>
      <HatchPattern id={`${id}-hatch`} />
      {layout.ticks.map((tick) => (
        <g key={tick.at}>
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={layout.axisY} className={styles.grid} />
          <text x={tick.x} y={layout.axisY + 14} textAnchor="middle" className={styles.tickLabel}>
            {formatInZone(tick.at, "UTC", tick.unit === "year" ? "yyyy" : "MMM yyyy")}
          </text>
        </g>
      ))}
      {layout.gaps.map((gap) => (
        <g key={gap.from}>
          <rect
            x={gap.x}
            y={plot.top}
            width={gap.width}
            height={plot.bottom - plot.top}
            fill={`url(#${id}-hatch)`}
            className={styles.gap}
          />
          {gap.label ? (
            <text x={gap.label.left} y={gap.label.y} className={styles.gapLabel}>
              {gap.label.text}
            </text>
          ) : null}
        </g>
      ))}
      {layout.ceremonyLaneY !== null ? (
        <text x={4} y={layout.ceremonyLaneY + 16} className={styles.laneLabel}>
          Ceremonies
        </text>
      ) : null}
      {layout.ceremonies.map((c) => (
        <g key={c.id}>
          <VerdictMark verdict={c.verdict} x={c.x} y={c.y} />
          {c.label ? (
            <text x={c.label.left} y={c.label.y} className={styles.ceremonyLabel}>
              {c.label.text}
            </text>
          ) : null}
        </g>
      ))}
      {layout.markers.map((m) => (
        <g key={m.kind}>
          <line
            x1={m.x}
            x2={m.x}
            y1={m.label ? m.label.y + 3 : plot.top}
            y2={layout.axisY}
            className={styles.marker}
            strokeWidth={MARKER_LOOK[m.kind].width}
            strokeDasharray={MARKER_LOOK[m.kind].dash}
          />
          {m.label ? (
            <text x={m.label.left} y={m.label.y} className={styles.markerLabel}>
              {m.label.text}
            </text>
          ) : null}
        </g>
      ))}
      <line x1={plot.x0} x2={plot.x1} y1={layout.axisY} y2={layout.axisY} className={styles.marker} />
      {/* Last, so a focused bundle's readout and outline sit above everything else. */}
      <TimelineLanes state={state} layout={layout} />
    </svg>
  );
}
