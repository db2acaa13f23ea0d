import Link from "next/link";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { daysUntil, utcMinute } from "./dates";
import { MARKER_LOOK } from "./marker-look";
import { markersOf } from "./timeline-input";
import { verdictText } from "./verdict-mark";

/** Everything the timeline draws, as a table: for screen readers, and for exact times. */
export function TimelineTable({ state }: { state: CoverageState }) {
  const gaps = state.coverage?.gaps ?? [];
  return (
    <details data-testid="timeline-data">
      <summary>Timeline data as a table</summary>
      <div className="table-wrap">
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            Bundles of each SKR, gaps, deadlines and planned key signings (times in UTC)
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
            </tr>
          </thead>
          {state.skrs.map((skr) => (
            <tbody key={skr.id}>
              <tr>
                <th scope="rowgroup" colSpan={3} style={{ textTransform: "none", color: "inherit" }}>
                  SKR {skr.documentId}, serial {skr.serial} ({skr.fileName})
                </th>
              </tr>
              {skr.bundles.map((bundle, i) => (
                <tr key={bundle.id}>
                  <td>
                    Bundle {i + 1} <span className="mono">{bundle.id}</span>
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
            {markersOf(state).map((marker) => (
              <tr key={marker.kind}>
                <td>{MARKER_LOOK[marker.kind].label}</td>
                <td colSpan={2}>{utcMinute(marker.at)}</td>
              </tr>
            ))}
            {state.ceremonies.map((c) => (
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
      </div>
    </details>
  );
}
