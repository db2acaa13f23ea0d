import type { ReactNode } from "react";
import type { MarkerKind } from "@/lib/domain/coverage/timeline-layout";
import styles from "./coverage.module.css";
import { HatchPattern } from "./hatch-pattern";
import { MARKER_LOOK } from "./marker-look";
import { VERDICT_LOOKS, VerdictMark, verdictText } from "./verdict-mark";

/** The key to the timeline: every mark drawn beside its name, so nothing depends on colour. */
export function TimelineLegend({ id }: { id: string }) {
  const swatch = (children: ReactNode) => (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {children}
    </svg>
  );
  return (
    <ul className={styles.legend} aria-label="Timeline key">
      <li>
        {swatch(<rect x="1" y="3" width="26" height="8" className={styles.bar} />)}
        SKR bundle (its signature's validity)
      </li>
      <li>
        {swatch(
          <>
            {/* Its own pattern: the drawing's may be hidden (display: none) at this width. */}
            <HatchPattern id={`${id}-hatch`} />
            <rect x="1" y="1" width="26" height="12" fill={`url(#${id}-hatch)`} className={styles.gap} />
          </>,
        )}
        Gap: no signature on file
      </li>
      {(Object.keys(MARKER_LOOK) as MarkerKind[]).map((kind) => (
        <li key={kind}>
          {swatch(
            <line
              x1="1"
              x2="27"
              y1="7"
              y2="7"
              className={styles.marker}
              strokeWidth={MARKER_LOOK[kind].width}
              strokeDasharray={MARKER_LOOK[kind].dash}
            />,
          )}
          {MARKER_LOOK[kind].label}
        </li>
      ))}
      {VERDICT_LOOKS.map((verdict) => (
        <li key={verdict ?? "none"}>
          {swatch(<VerdictMark verdict={verdict} x={14} y={7} r={5} />)}
          Ceremony, {verdictText(verdict, true)}
        </li>
      ))}
    </ul>
  );
}
