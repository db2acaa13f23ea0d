import { words } from "@/app/components/manage/options";
import type { Approval, PlaybookStep } from "@/lib/domain/contingency/playbook";
import type { ContingencyState } from "@/lib/domain/contingency/vocabulary";

// Sentences the workflow pages share, so the detail page and the incident report read the same.

const span = (hours: number) =>
  hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} hour${hours === 1 ? "" : "s"}`;

/** "within 1 day of the trigger", "14 days before the deadline". */
export function duePhrase(due: PlaybookStep["due"]): string {
  const { anchor, offsetHours } = due;
  if (anchor === "trigger") return `within ${span(offsetHours)} of the trigger`;
  if (offsetHours === 0) return "by the deadline";
  return offsetHours < 0
    ? `${span(-offsetHours)} before the deadline`
    : `${span(offsetHours)} after the deadline`;
}

/** "2 approvals from the coordinator role", or that none is needed. */
export function quorumPhrase(approval: Approval | null): string {
  if (!approval) return "No approval needed.";
  return `Needs ${approval.m} approval${approval.m === 1 ? "" : "s"} from the ${words(approval.role)} role.`;
}

export const EVIDENCE_LABEL = {
  none: "No evidence needed",
  note: "Evidence: a note",
  attachment: "Evidence: attached files",
} as const;

/** What the workflow waits for, in one sentence. */
export function nextStepSentence(state: ContingencyState, missingApprovals: number): string {
  switch (state) {
    case "open":
      return "Nobody has taken this on yet: a coordinator acknowledges it (escalation stops), then chooses an option from the ladder.";
    case "acknowledged":
      return "Acknowledged: a coordinator chooses an option from the ladder below.";
    case "option_chosen":
      return missingApprovals > 0
        ? `The chosen option waits for ${missingApprovals} more approval${missingApprovals === 1 ? "" : "s"}, each given in the approver's own session.`
        : "The chosen option is approved: a coordinator starts its execution.";
    case "executing":
      return "The chosen option is executing: each step's owner completes it with its evidence; a coordinator resolves the workflow once the steps are done or the trigger has cleared.";
    case "resolved":
      return "Resolved. The incident report keeps the full record.";
    case "abandoned":
      return "Abandoned. The incident report keeps the full record.";
  }
}

/** A playbook's name with its assurance, unless the name says it already ("Root KSK style (high assurance)"). */
export function playbookLabel(name: string, assurance: string): string {
  return name.includes(`${assurance} assurance`) ? name : `${name} (${assurance} assurance)`;
}
