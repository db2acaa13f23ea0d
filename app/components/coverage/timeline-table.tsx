import Link from "next/link";
import { ScrollRegion } from "@/app/components/scroll-region";
import type { TimeSpan } from "@/lib/domain/coverage/timeline-scale";
import { documentIdentity } from "@/lib/domain/ksr/document-identity";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { daysUntil, utcDay, utcMinute } from "./dates";
import { MARKER_LOOK } from "./marker-look";
import { bundleRowId, markersOf, shownIn } from "./timeline-input";
import { verdictText } from "./verdict-mark";

/**
 * Everything the timeline draws in its window, as a table: for screen readers, for exact times, and for
 * the items whose labels were thinned to keep the drawing legible.
 */
export function TimelineTable({ state, window }: { state: CoverageState; window: TimeSpan | null }) {
  const seen = (from: number, to?: number) => shownIn(window, from, to);
  const skrs = state.skrs
    .map((skr) => ({
      ...skr,
      // Numbered over the whole file, so bundle 7 is bundle 7 whatever part of it the window shows.
      bundles: skr.bundles
        .map((bundle, i) => ({ ...bundle, number: i + 1 }))
        .filter((b) => seen(b.inception, b.expiration)),
    }))
    .filter((skr) => skr.bundles.length > 0);
  const gaps = (state.coverage?.gaps ?? []).filter((gap) => seen(gap.from, gap.to));
  const ceremonies = state.ceremonies.filter((c) => seen(c.startsAt));
  return (
    <details data-testid="timeline-data">
      <summary>Timeline data as a table</summary>
      <ScrollRegion label="Timeline data">
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            Bundles of each SKR, gaps, deadlines and planned key signings
            {window ? ` from ${utcDay(window.from)} to ${utcDay(window.to)}` : ""} (times in UTC)
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
            </tr>
          </thead>
          {skrs.map((skr) => (
            <tbody key={skr.id}>
              <tr>
                <th scope="rowgroup" colSpan={3} style={{ textTransform: "none", color: "inherit" }}>
                  SKR {documentIdentity(skr.documentId, skr.serial)} ({skr.fileName})
                </th>
              </tr>
              {skr.bundles.map((bundle) => (
                <tr key={bundle.id} id={bundleRowId(skr.id, bundle.id)}>
                  <td>
                    Bundle {bundle.number} <span className="mono">{bundle.id}</span>
                  </td>
                  <td>{utcMinute(bundle.inception)}</td>
                  <td>{utcMinute(bundle.expiration)}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tbody>
            {gaps.map((gap) => (
              <tr key={gap.from}>
                <td>Gap of {daysUntil(gap.to, gap.from)} days: no signature on file</td>
                <td>{utcMinute(gap.from)}</td>
                <td>{utcMinute(gap.to)}</td>
              </tr>
            ))}
            {markersOf(state)
              .filter((marker) => seen(marker.at))
              .map((marker) => (
                <tr key={marker.kind}>
                  <td>{MARKER_LOOK[marker.kind].label}</td>
                  <td colSpan={2}>{utcMinute(marker.at)}</td>
                </tr>
              ))}
            {ceremonies.map((c) => (
              <tr key={c.id}>
                <td>
                  Ceremony <Link href={`/ceremonies/${c.id}`}>{c.label}</Link> at {c.facilityCode},{" "}
                  {verdictText(c.verdict)}
                </td>
                <td colSpan={2}>
                  {utcMinute(c.startsAt)}
                  {c.standbyAt !== null ? `, standby ${utcMinute(c.standbyAt)}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
