import Link from "next/link";
import { FRAMES, layoutTimeline } from "@/lib/domain/coverage/timeline-layout";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import type { TimelineView } from "@/lib/validation/timeline-view";
import styles from "./coverage.module.css";
import { utcDay } from "./dates";
import { TimelineDrawing } from "./timeline-drawing";
import { timelineInput, timelineWindow } from "./timeline-input";
import { TimelineLegend } from "./timeline-legend";
import { TimelineTable } from "./timeline-table";

/**
 * Coverage over time: by default from the last key signing to the next deadline, or everything on file.
 * Drawn twice, wide for screens and narrow for phones (CSS shows one), so labels stay readable on both;
 * the same data follows as a table for screen readers and for anyone who wants exact times.
 */
export function CoverageTimeline({
  state,
  view,
  href,
  id = "coverage-timeline",
}: {
  state: CoverageState;
  view: TimelineView;
  /** The page's own address, to switch views by link without script. */
  href: string;
  id?: string;
}) {
  if (state.skrs.length === 0 && state.ceremonies.length === 0) return null;
  const window = timelineWindow(state, view);
  const input = timelineInput(state, window);
  const wide = layoutTimeline(input, FRAMES.wide);
  const narrow = layoutTimeline(input, FRAMES.narrow);
  return (
    <figure className={styles.figure} data-testid="coverage-timeline">
      <p className={styles.zoom}>
        {window ? (
          <>
            From {utcDay(window.from)} to {utcDay(window.to)}: the last key signing to the next deadline.{" "}
            <Link href={`${href}?timeline=all`}>Show everything on file</Link>
          </>
        ) : (
          <>
            Everything on file. <Link href={href}>Show the last key signing to the next deadline</Link>
          </>
        )}
      </p>
      <div className={styles.wide}>
        <TimelineDrawing state={state} layout={wide} id={`${id}-wide`} />
      </div>
      <div className={styles.narrow}>
        <TimelineDrawing state={state} layout={narrow} id={`${id}-narrow`} />
      </div>
      <figcaption>
        <TimelineLegend id={`${id}-legend`} />
      </figcaption>
      <TimelineTable state={state} window={window} />
    </figure>
  );
}
