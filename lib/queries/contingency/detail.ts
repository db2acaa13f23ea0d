import "server-only";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  ceremonies,
  contingencies,
  contingencyApprovals,
  contingencySteps,
  facilities,
  invitations,
  people,
} from "@/db/schema";
import { approvalsMissing, approverPool } from "@/lib/domain/contingency/approvers";
import { snapshotOf, stepRound } from "@/lib/domain/contingency/snapshot";
import { chosenOptionOf, isFinal, optionRound } from "@/lib/domain/contingency/state-machine";
import { workflowTitle } from "@/lib/domain/contingency/title";
import { groupBy } from "@/lib/group-by";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { approvalCandidates } from "./approvers";
import { workflowEvidence } from "./evidence";
import { loadTimeline } from "./timeline";

export type ContingencyDetail = NonNullable<Awaited<ReturnType<typeof contingencyDetail>>>;

/** The people a workflow concerns: the ceremony's invitees with their answers, else the coordinators. */
async function peopleConcerned(db: Queryable, ceremonyId: string | null) {
  const person = { personId: people.id, name: people.name, email: people.email, roles: people.roles };
  if (ceremonyId)
    return db
      .select({ ...person, response: invitations.response })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(eq(invitations.ceremonyId, ceremonyId))
      .orderBy(asc(people.name));
  const rows = await db
    .select(person)
    .from(people)
    .where(and(eq(people.active, true), arrayContains(people.roles, ["coordinator"])))
    .orderBy(asc(people.name));
  return rows.map((row) => ({ ...row, response: null }));
}

/**
 * Everything the workflow page shows, in a fixed number of queries: the workflow and its ceremony, the
 * state-machine snapshot (pages ask `decide` which buttons to offer), the chosen option with its
 * approvals and who still may give them, the steps with the same and their evidence files, the
 * timeline, the people concerned and those who may approve under the playbook's rules.
 */
export async function contingencyDetail(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [found] = await db
    .select({
      workflow: contingencies,
      ceremony: {
        id: ceremonies.id,
        label: ceremonies.label,
        status: ceremonies.status,
        startsAt: ceremonies.startsAt,
        timeZone: ceremonies.timeZone,
        lastVerdict: ceremonies.lastVerdict,
        facilityName: facilities.name,
      },
    })
    .from(contingencies)
    .leftJoin(ceremonies, eq(ceremonies.id, contingencies.ceremonyId))
    .leftJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(eq(contingencies.id, id));
  if (!found) return null;
  const { workflow } = found;
  const ceremony = found.ceremony?.id ? found.ceremony : null;
  const rules = workflow.playbook.options.flatMap((o) => [o.approval, ...o.steps.map((s) => s.approval)]);
  const [approvals, steps, timeline, concerned, evidence, candidates] = await Promise.all([
    db
      .select({
        optionKey: contingencyApprovals.optionKey,
        stepKey: contingencyApprovals.stepKey,
        personId: contingencyApprovals.personId,
        name: people.name,
        note: contingencyApprovals.note,
        approvedAt: contingencyApprovals.approvedAt,
      })
      .from(contingencyApprovals)
      .innerJoin(people, eq(people.id, contingencyApprovals.personId))
      .where(eq(contingencyApprovals.contingencyId, id))
      .orderBy(asc(contingencyApprovals.approvedAt)),
    db
      .select()
      .from(contingencySteps)
      .where(eq(contingencySteps.contingencyId, id))
      .orderBy(asc(contingencySteps.position)),
    loadTimeline(db, id),
    peopleConcerned(db, workflow.ceremonyId),
    workflowEvidence(db, id),
    approvalCandidates(db, rules),
  ]);
  const evidenceByStep = groupBy(evidence, (file) => file.stepId);
  const snapshot = snapshotOf(workflow, approvals, steps.filter((s) => s.status === "pending").length);
  const chosen = chosenOptionOf(snapshot);
  const optionApprovals = approvals.filter((a) => a.optionKey === workflow.chosenOption && a.stepKey === "");
  return {
    workflow: {
      ...workflow,
      title: workflowTitle({
        cause: workflow.cause,
        reason: workflow.reason,
        ceremonyLabel: ceremony?.label ?? null,
      }),
      final: isFinal(workflow.state),
    },
    ceremony,
    snapshot,
    chosen,
    optionApprovals,
    // Who still may approve matters only while approvals are being gathered.
    optionApprovers:
      snapshot.state === "option_chosen" ? approverPool(optionRound(snapshot), candidates) : null,
    missingApprovals: approvalsMissing(optionRound(snapshot)),
    steps: steps.map((step) => {
      const round = stepRound(snapshot.options, approvals, step);
      const open = snapshot.state === "executing" && step.status === "pending";
      return {
        ...step,
        round,
        approval: round.approval,
        approvals: approvals.filter((a) => a.optionKey === step.optionKey && a.stepKey === step.stepKey),
        files: evidenceByStep.get(step.id) ?? [],
        missing: approvalsMissing(round),
        approvers: open ? approverPool(round, candidates) : null,
      };
    }),
    // Every approval given and everyone who could give one: the page tells a chooser in advance
    // which options too few others could approve.
    approvals,
    approvalCandidates: candidates,
    timeline,
    people: concerned,
  };
}
