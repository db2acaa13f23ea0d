import type { ContingencyState } from "@/lib/domain/contingency/vocabulary";

// Sentences the workflow pages share, so the detail page and the incident report read the same.

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
