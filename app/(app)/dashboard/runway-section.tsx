import Link from "next/link";
import { CoverageHeadline } from "@/app/components/coverage/coverage-headline";
import { When } from "@/app/components/coverage/dates";
import { DeadlineWarnings } from "@/app/components/coverage/deadline-warnings";
import { Panel } from "@/app/components/manage/layout-blocks";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";

/** The runway as the coverage page states it: days of signature left and the latest useful start. */
export function RunwaySection({ state, zone }: { state: CoverageState; zone: string }) {
  const latest = state.deadline.latestUsefulStart;
  return (
    <Panel id="runway" title="Runway">
      <CoverageHeadline state={state} zone={zone} />
      {latest !== null ? (
        <p data-testid="latest-useful-start">
          Latest useful ceremony start: <When at={latest} zone={zone} />
        </p>
      ) : null}
      <DeadlineWarnings state={state} headingLevel={3} />
      <p>
        <Link href="/coverage">Timeline, bundle in force and settings</Link>
      </p>
    </Panel>
  );
}
