import { Heading, Text } from "@react-email/components";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface ContingencyNoticeBase {
  /** What the workflow is about, e.g. "KC41: quorum not met". */
  title: string;
  reason: string;
  /** The deadline it protects as people read it, or null when none is known. */
  deadline: string | null;
  url: string;
}

/** One template for every contingency message; `kind` picks the wording. */
export type ContingencyNoticeEmailProps = ContingencyNoticeBase &
  (
    | { kind: "opened" }
    | { kind: "escalated"; level: number; hoursUnacknowledged: number }
    | { kind: "resolution_proposed"; clearedBecause: string }
    | { kind: "step_overdue"; step: string; dueAt: string; stage: "owner" | "coordinators" }
    | { kind: "approval_needed"; item: string; approvals: number; role: string }
  );

export function contingencyNoticeSubject(props: ContingencyNoticeEmailProps): string {
  switch (props.kind) {
    case "opened":
      return `Contingency opened: ${props.title}`;
    case "escalated":
      return `Escalated (level ${props.level}): ${props.title} is not acknowledged`;
    case "resolution_proposed":
      return `Ready to resolve: ${props.title}`;
    case "step_overdue":
      return `Overdue step: ${props.step} (${props.title})`;
    case "approval_needed":
      return `Approval needed: ${props.item} (${props.title})`;
  }
}

function lead(props: ContingencyNoticeEmailProps): string {
  switch (props.kind) {
    case "opened":
      return "A contingency workflow has opened. A coordinator should acknowledge it and choose an option from the playbook.";
    case "escalated":
      return `Nobody has acknowledged this workflow in ${props.hoursUnacknowledged} hours, so it now reaches escalation level ${props.level}. Make sure a coordinator takes it on.`;
    case "resolution_proposed":
      return `What triggered this workflow has cleared (${props.clearedBecause}). A coordinator should confirm the resolution.`;
    case "step_overdue":
      return props.stage === "owner"
        ? `The step "${props.step}" was due ${props.dueAt} and is not done. You hold the role that owns it.`
        : `The step "${props.step}" was due ${props.dueAt} and its owner has not completed it. Coordinators: follow up.`;
    case "approval_needed":
      return `"${props.item}" needs ${props.approvals} approval${props.approvals === 1 ? "" : "s"} from people with the ${props.role} role before it can go ahead. Approve it in your own session.`;
  }
}

export function ContingencyNoticeEmail(props: ContingencyNoticeEmailProps) {
  return (
    <EmailLayout preview={contingencyNoticeSubject(props)}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.title}
      </Heading>
      <Text>{lead(props)}</Text>
      <Text>
        Reason: {props.reason}
        {props.deadline ? (
          <>
            <br />
            Deadline: {props.deadline}
          </>
        ) : null}
      </Text>
      <ActionButton href={props.url} label="Open the workflow" />
    </EmailLayout>
  );
}

ContingencyNoticeEmail.PreviewProps = {
  kind: "opened",
  title: "KC41: quorum not met",
  reason: "Entry bans leave 2 of 3 crypto officers able to reach the facility.",
  deadline: "Thu 23 Apr 2020, 13:00 EDT",
  url: "http://localhost:3000/contingencies/00000000-0000-0000-0000-000000000000",
} satisfies ContingencyNoticeEmailProps;

export default ContingencyNoticeEmail;
