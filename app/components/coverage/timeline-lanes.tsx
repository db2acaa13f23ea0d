import { GEOMETRY, type TimelineLayout } from "@/lib/domain/coverage/timeline-layout";
import { estimateTextWidth, placeLabels } from "@/lib/domain/label-rows";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import styles from "./coverage.module.css";
import { utcDay } from "./dates";
import { bundleRowId } from "./timeline-input";

const READOUT_FONT = 11;

/**
 * A lane per SKR, each bundle a link to its row in the table: its dates show as a tooltip on hover
 * (`<title>`) and, for the keyboard, in the readout row under the axis while it has focus.
 */
export function TimelineLanes({ state, layout }: { state: CoverageState; layout: TimelineLayout }) {
  const serialOf = new Map(state.skrs.map((skr) => [skr.id, skr.serial]));
  return layout.lanes.map((lane) => (
    <g key={lane.id}>
      <line
        x1={0}
        x2={layout.plot.x1}
        y1={lane.y + lane.height}
        y2={lane.y + lane.height}
        className={styles.laneLine}
      />
      <text x={4} y={lane.y + 16} className={styles.laneLabel}>
        SKR serial {serialOf.get(lane.id)}
      </text>
      {lane.bars.map((bar) => {
        const text = `Bundle ${bar.index + 1} of SKR serial ${serialOf.get(lane.id)}: ${utcDay(bar.inception)} to ${utcDay(bar.expiration)} UTC`;
        const readout = placeLabels(
          [
            {
              id: bar.id,
              x: bar.x + bar.width / 2,
              width: estimateTextWidth(text, READOUT_FONT),
              anchor: "middle",
            },
          ],
          { x0: 0, x1: layout.width, maxRows: 1 },
        ).placed[0];
        return (
          <a
            key={bar.id}
            href={`#${bundleRowId(lane.id, bar.id)}`}
            className={styles.bundle}
            aria-label={text}
          >
            <title>{text}</title>
            <rect x={bar.x} y={bar.y} width={bar.width} height={GEOMETRY.barHeight} className={styles.bar} />
            <text x={readout?.left ?? 0} y={layout.readoutY} className={styles.readout}>
              {text}
            </text>
          </a>
        );
      })}
    </g>
  ));
}
