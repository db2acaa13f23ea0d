import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceFiles } from "@/app/components/contingency/evidence-files";
import { WorkflowFacts } from "@/app/components/contingency/facts";
import { PeopleConcerned } from "@/app/components/contingency/people-concerned";
import { ContingencyStateBadge } from "@/app/components/contingency/state-badge";
import { ContingencyTimeline } from "@/app/components/contingency/timeline";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import type { ContingencyEventKind } from "@/lib/domain/contingency/vocabulary";
import { formatMeeting } from "@/lib/time/format";
import { loadIncidentReport } from "../load";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Incident report" };

/** What people decided, as opposed to what the system observed or recorded as evidence. */
const DECISIONS: readonly string[] = [
  "acknowledged",
  "option_chosen",
  "execution_started",
  "step_skipped",
  "resolved",
  "abandoned",
] satisfies ContingencyEventKind[];

/** The workflow as a record to file: summary, decisions, approvals, evidence, people and every event. */
export default async function IncidentReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { zone, report, generatedAt } = await loadIncidentReport(params);
  const { workflow } = report;
  const chosen = workflow.playbook.options.find((o) => o.key === workflow.chosenOption) ?? null;
  const approvals = [
    ...report.optionApprovals.map((a) => ({ ...a, item: `Option: ${chosen?.title ?? a.optionKey}` })),
    ...report.steps.flatMap((s) => s.approvals.map((a) => ({ ...a, item: `Step: ${s.title}` }))),
  ];
  return (
    <main className="contingency-report">
      <p className="no-print report-tools">
        <Link href={`/contingencies/${workflow.id}`}>← Back to the workflow</Link> <PrintButton />
      </p>
      <h1>Incident report: {workflow.title}</h1>
      <p>
        <ContingencyStateBadge state={workflow.state} /> · generated {formatMeeting(generatedAt, zone)} ·
        times in {zone}
      </p>

      <Panel id="summary-heading" title="Summary">
        <WorkflowFacts workflow={workflow} ceremony={report.ceremony} zone={zone} />
        <p>
          Option carried out: <strong>{chosen?.title ?? "none chosen"}</strong>
        </p>
      </Panel>

      <Panel id="decisions-heading" title="Decisions">
        <ContingencyTimeline
          entries={report.entries.filter((e) => DECISIONS.includes(e.kind))}
          zone={zone}
          testId="report-decisions"
        />
      </Panel>

      <Panel id="approvals-heading" title="Approvals">
        {approvals.length === 0 ? (
          <p className="empty">No approval was given.</p>
        ) : (
          <DataTable label="Approval records" headers={["Approved", "By", "When", "Note"]}>
            {approvals.map((a) => (
              <tr key={`${a.item}-${a.personId}`}>
                <td>{a.item}</td>
                <td>{a.name}</td>
                <td>{formatMeeting(a.approvedAt, zone)}</td>
                <td>{a.note ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>

      <Panel id="evidence-heading" title="Steps and evidence">
        {report.steps.length === 0 ? (
          <p className="empty">No option was executed, so no step was recorded.</p>
        ) : (
          <DataTable label="Steps" headers={["#", "Step", "Owner", "Status", "Completed", "Evidence"]}>
            {report.steps.map((s) => (
              <tr key={s.id} data-testid={`report-step-${s.stepKey}`}>
                <td>{s.position + 1}</td>
                <td>{s.title}</td>
                <td>{words(s.ownerRole)}</td>
                <td>{s.status}</td>
                <td>{s.completedAt ? formatMeeting(s.completedAt, zone) : "—"}</td>
                <td>
                  {s.evidenceNote ?? ""}
                  <EvidenceFiles contingencyId={workflow.id} files={s.files} fullHash />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>

      <Panel id="people-heading" title="People concerned">
        <PeopleConcerned people={report.people} />
      </Panel>

      <Panel id="report-timeline-heading" title="Timeline">
        <ContingencyTimeline entries={report.entries} zone={zone} testId="report-timeline" />
      </Panel>
    </main>
  );
}
