import { GEOMETRY, layoutTimeline } from "@/lib/domain/coverage/timeline-layout";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { formatInZone } from "@/lib/time/format";
import styles from "./coverage.module.css";
import { daysUntil, utcDay } from "./dates";
import { MARKER_LOOK } from "./marker-look";
import { describeTimeline, timelineInput } from "./timeline-input";
import { TimelineLegend } from "./timeline-legend";
import { TimelineTable } from "./timeline-table";
import { VerdictMark } from "./verdict-mark";

/**
 * Coverage over time as an SVG: a lane per SKR with its bundles, gaps hatched, today and the deadlines as
 * labelled lines, and upcoming key signings by verdict. The same data follows as a table for screen
 * readers and for anyone who wants exact times.
 */
export function CoverageTimeline({ state, id = "coverage-timeline" }: { state: CoverageState; id?: string }) {
  if (state.skrs.length === 0 && state.ceremonies.length === 0) return null;
  const layout = layoutTimeline(timelineInput(state));
  const { plot } = layout;
  const serialOf = new Map(state.skrs.map((skr) => [skr.id, skr]));
  return (
    <figure className={styles.figure} data-testid="coverage-timeline">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${GEOMETRY.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>
          Signature coverage from {utcDay(layout.span.from)} to {utcDay(layout.span.to)}
        </title>
        <desc id={`${id}-desc`}>{describeTimeline(state)}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" className={styles.gap} />
          </pattern>
        </defs>
        {layout.ticks.map((tick) => (
          <g key={tick.at}>
            <line x1={tick.x} x2={tick.x} y1={plot.top} y2={layout.axisY} className={styles.grid} />
            <text x={tick.x} y={layout.axisY + 14} textAnchor="middle" className={styles.tickLabel}>
              {formatInZone(tick.at, "UTC", tick.unit === "year" ? "yyyy" : "MMM yyyy")}
            </text>
          </g>
        ))}
        {layout.lanes.map((lane) => (
          <g key={lane.id}>
            <line
              x1={0}
              x2={plot.x1}
              y1={lane.y + lane.height}
              y2={lane.y + lane.height}
              className={styles.laneLine}
            />
            <text x={4} y={lane.y + 16} className={styles.laneLabel}>
              SKR serial {serialOf.get(lane.id)?.serial}
            </text>
            <text x={4} y={lane.y + 28} className={styles.laneSub}>
              {serialOf.get(lane.id)?.documentId.slice(0, 8)}
            </text>
            {lane.bars.map((bar) => (
              <rect
                key={bar.id}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={GEOMETRY.barHeight}
                className={styles.bar}
              />
            ))}
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
            <text x={gap.x + gap.width / 2} y={gap.labelY} textAnchor="middle" className={styles.gapLabel}>
              gap, {daysUntil(gap.to, gap.from)} days
            </text>
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
            <text x={c.x} y={c.labelY} textAnchor="middle" className={styles.ceremonyLabel}>
              {state.ceremonies.find((k) => k.id === c.id)?.label}
            </text>
          </g>
        ))}
        {layout.markers.map((m) => (
          <g key={m.kind}>
            <line
              x1={m.x}
              x2={m.x}
              y1={m.labelY + 3}
              y2={layout.axisY}
              className={styles.marker}
              strokeWidth={MARKER_LOOK[m.kind].width}
              strokeDasharray={MARKER_LOOK[m.kind].dash}
            />
            <text
              x={m.anchor === "start" ? m.x + 3 : m.x - 3}
              y={m.labelY}
              textAnchor={m.anchor}
              className={styles.markerLabel}
            >
              {MARKER_LOOK[m.kind].label} {utcDay(m.at)}
            </text>
          </g>
        ))}
        <line x1={plot.x0} x2={plot.x1} y1={layout.axisY} y2={layout.axisY} className={styles.marker} />
      </svg>
      <figcaption>
        <TimelineLegend id={id} />
      </figcaption>
      <TimelineTable state={state} />
    </figure>
  );
}
