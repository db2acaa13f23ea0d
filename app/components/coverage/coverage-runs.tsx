import { ScrollRegion } from "@/app/components/scroll-region";
import type { Coverage } from "@/lib/domain/coverage";
import { daysUntil, utcMinute } from "./dates";

/**
 * Each continuous run of signatures on file and the gaps between them. The headline speaks of the run
 * that matters now; this shows all of them, so a historical gap stays visible after it has passed.
 */
export function CoverageRuns({ coverage }: { coverage: Coverage }) {
  return (
    <ScrollRegion label="Coverage runs">
      <table data-testid="coverage-runs">
        <thead>
          <tr>
            <th scope="col">Signed from</th>
            <th scope="col">Coverage end</th>
            <th scope="col">Next SKR needed by</th>
          </tr>
        </thead>
        <tbody>
          {coverage.segments.map((run, i) => {
            const gap = coverage.gaps[i];
            return [
              <tr key={run.start}>
                <td>{utcMinute(run.start)}</td>
                <td>{utcMinute(run.end)}</td>
                <td>{utcMinute(run.lastInception + coverage.strideMs)}</td>
              </tr>,
              gap ? (
                <tr key={`gap-${gap.from}`} className="notice bad">
                  <td colSpan={3}>
                    <strong>Gap of {daysUntil(gap.to, gap.from)} days</strong>: nothing signed from{" "}
                    {utcMinute(gap.from)} to {utcMinute(gap.to)}
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
