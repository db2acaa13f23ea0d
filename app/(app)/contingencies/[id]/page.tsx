import type { Metadata } from "next";
import Link from "next/link";
import { ApprovalSummary } from "@/app/components/contingency/approvals";
import { workflowControls } from "@/app/components/contingency/controls";
import { WorkflowFacts } from "@/app/components/contingency/facts";
import { PeopleConcerned } from "@/app/components/contingency/people-concerned";
import { nextStepSentence } from "@/app/components/contingency/phrases";
import { ContingencyStateBadge } from "@/app/components/contingency/state-badge";
import { ExecutedSteps } from "@/app/components/contingency/step-list";
import { ContingencyTimeline } from "@/app/components/contingency/timeline";
import { Panel } from "@/app/components/manage/layout-blocks";
import { Ladder } from "@/app/components/playbook/ladder";
import { PlannedSteps } from "@/app/components/playbook/playbook-ladder";
import { loadContingency } from "./load";
import { AddEvidenceForm, ApproveStepForm, CompleteStepForm } from "./step-forms";
import {
  AbandonForm,
  AcknowledgeForm,
  ApproveOptionForm,
  ChooseOptionForm,
  ResolveForm,
  StartExecutionForm,
} from "./workflow-forms";

export const metadata: Metadata = { title: "Contingency workflow" };

export default async function ContingencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, zone, detail } = await loadContingency(params);
  const { workflow, ceremony, chosen } = detail;
  const controls = workflowControls(detail, actor);
  const record = { id: workflow.id, version: workflow.version };
  const proposed = workflow.resolutionProposedAt !== null && !workflow.final;
  // Why it cleared is on the latest resolution_proposed event.
  const clearedBecause = [...detail.timeline].reverse().find((e) => e.kind === "resolution_proposed")
    ?.detail.because;
  return (
    <main>
      <p className="no-print">
        <Link href="/contingencies">← Contingencies</Link>
      </p>
      <h1>
        {workflow.title} <ContingencyStateBadge state={workflow.state} />
      </h1>
      {proposed ? (
        <p className="notice ok" role="status" data-testid="resolution-proposed">
          <strong>The trigger has cleared — confirm resolution.</strong>
          {clearedBecause ? ` Why: ${String(clearedBecause)}.` : null}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="now-heading">
        <h2 id="now-heading" style={{ marginTop: 0 }}>
          Where it stands
        </h2>
        <p data-testid="next-step">{nextStepSentence(workflow.state, detail.missingApprovals)}</p>
        {controls.acknowledge ? <AcknowledgeForm record={record} /> : null}
        {controls.startExecution ? <StartExecutionForm record={record} /> : null}
        {controls.resolve ? <ResolveForm record={record} proposed={proposed} /> : null}
        <p className="no-print">
          {ceremony ? (
            <>
              <Link href={`/ceremonies/${ceremony.id}`}>Ceremony {ceremony.label}</Link> ·{" "}
            </>
          ) : null}
          <Link href="/coverage">Signature coverage</Link> ·{" "}
          <Link href={`/contingencies/${workflow.id}/report`}>Incident report</Link>
        </p>
        <WorkflowFacts workflow={workflow} ceremony={ceremony} zone={zone} />
      </section>

      <Panel id="ladder-heading" title={`Contingency ladder: ${workflow.playbookName}`}>
        <Ladder
          options={workflow.playbook.options}
          chosenKey={workflow.chosenOption}
          renderOption={(option, isChosen) =>
            isChosen ? (
              <>
                <ApprovalSummary
                  approval={option.approval}
                  given={detail.optionApprovals}
                  approvers={detail.optionApprovers}
                  viewerId={actor.id}
                  zone={zone}
                  testId="option-approvals"
                />
                {controls.approveOption ? <ApproveOptionForm id={workflow.id} /> : null}
                {detail.steps.length > 0 ? (
                  <ExecutedSteps
                    steps={detail.steps}
                    zone={zone}
                    viewerId={actor.id}
                    renderControls={(step) => (
                      <>
                        {controls.approvableSteps.has(step.id) ? (
                          <ApproveStepForm id={workflow.id} stepId={step.id} />
                        ) : null}
                        {controls.completableSteps.has(step.id) ? (
                          <CompleteStepForm
                            id={workflow.id}
                            stepId={step.id}
                            evidence={step.evidence}
                            hint={chosen?.steps.find((s) => s.key === step.stepKey)?.evidenceHint}
                            maySkip={controls.skipSteps}
                          />
                        ) : null}
                        {controls.evidenceSteps.has(step.id) ? (
                          <AddEvidenceForm id={workflow.id} stepId={step.id} />
                        ) : null}
                      </>
                    )}
                  />
                ) : (
                  <PlannedSteps option={option} />
                )}
              </>
            ) : (
              <>
                <PlannedSteps option={option} />
                {controls.chooseOptions.has(option.key) ? (
                  <ChooseOptionForm record={record} option={option.key} />
                ) : null}
                {controls.chooseRefusals.has(option.key) ? (
                  <p className="muted" data-testid={`cannot-choose-${option.key}`}>
                    {controls.chooseRefusals.get(option.key)}
                  </p>
                ) : null}
              </>
            )
          }
        />
      </Panel>

      <Panel id="timeline-heading" title="Timeline">
        <ContingencyTimeline entries={detail.timeline} zone={zone} />
      </Panel>

      <Panel id="people-heading" title="People concerned">
        <PeopleConcerned people={detail.people} />
      </Panel>

      {controls.abandon ? (
        <section className="panel no-print" aria-label="Abandon">
          <AbandonForm record={record} />
        </section>
      ) : null}
    </main>
  );
}
