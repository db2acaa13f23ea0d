import type { Metadata } from "next";
import { BundleInForce } from "@/app/components/coverage/bundle-in-force";
import { CoverageHeadline } from "@/app/components/coverage/coverage-headline";
import { CoverageRuns } from "@/app/components/coverage/coverage-runs";
import { CoverageTimeline } from "@/app/components/coverage/coverage-timeline";
import { DeadlineWarnings } from "@/app/components/coverage/deadline-warnings";
import { Panel } from "@/app/components/manage/layout-blocks";
import { can } from "@/lib/auth/policy";
import { loadCoveragePage } from "./load";
import { SettingsPanel } from "./settings-panel";
import { TrustAnchorsPanel } from "./trust-anchors-panel";

export const metadata: Metadata = { title: "Signature coverage" };

export default async function CoveragePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, zone, state, view } = await loadCoveragePage(searchParams);
  const mayConfigure = can(actor.roles, "coverage.configure");
  return (
    <main>
      <h1>Signature coverage</h1>
      <CoverageHeadline state={state} zone={zone} />
      <DeadlineWarnings state={state} />
      <Panel id="timeline-heading" title="Timeline">
        {state.skrs.length === 0 && state.ceremonies.length === 0 ? (
          <p className="empty">Nothing to draw yet: no SKR is on file and no key signing is planned.</p>
        ) : (
          <CoverageTimeline state={state} view={view} href="/coverage" />
        )}
      </Panel>
      {state.coverage ? (
        <Panel id="runs-heading" title="Runs of coverage and gaps">
          <CoverageRuns coverage={state.coverage} />
        </Panel>
      ) : null}
      <Panel id="in-force-heading" title="Bundle in force now">
        <BundleInForce state={state} zone={zone} />
      </Panel>
      <TrustAnchorsPanel anchors={state.trustAnchors} mayConfigure={mayConfigure} />
      <SettingsPanel settings={state.settings} mayConfigure={mayConfigure} />
    </main>
  );
}
