import { Heading, Text } from "@react-email/components";
import type { DeadlineKind } from "@/lib/domain/coverage/alerts";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface CoverageAlertEmailProps {
  deadline: DeadlineKind;
  /** The deadline as people read it, in UTC ("Fri 31 Mar 2017, 00:00 UTC"). */
  dueAt: string;
  /** Whole days left, rounded down; ignored once overdue. */
  daysLeft: number;
  overdue: boolean;
  /** True when the alert also goes to staff (inside the last days, or overdue). */
  widened: boolean;
  url: string;
}

const WHAT: Record<DeadlineKind, { name: string; meaning: string }> = {
  next_needed_by: {
    name: "Next SKR needed by",
    meaning:
      "the ZSK operator must start publishing the next SKR's first bundle then, so the signed SKR has to be back and deployed by this date.",
  },
  coverage_end: {
    name: "SKR coverage ends",
    meaning: "after this instant the DNSKEY set has no valid KSK signature left: this is the hard deadline.",
  },
};

function when(props: CoverageAlertEmailProps): string {
  if (props.overdue) return "passed";
  if (props.daysLeft <= 0) return "less than a day left";
  return props.daysLeft === 1 ? "1 day left" : `${props.daysLeft} days left`;
}

function lead(props: CoverageAlertEmailProps): string {
  if (props.overdue) return "This deadline has passed";
  if (props.daysLeft <= 0) return "Less than a day is left";
  return props.daysLeft === 1 ? "One day is left" : `${props.daysLeft} days are left`;
}

export function coverageAlertSubject(props: CoverageAlertEmailProps): string {
  const prefix = props.overdue ? "Overdue: " : "";
  return `${prefix}${WHAT[props.deadline].name} ${props.dueAt} (${when(props)})`;
}

export function CoverageAlertEmail(props: CoverageAlertEmailProps) {
  const what = WHAT[props.deadline];
  return (
    <EmailLayout preview={coverageAlertSubject(props)}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {what.name} {props.dueAt}
      </Heading>
      <Text>
        {lead(props)}: {what.meaning}
      </Text>
      <Text>
        What to do: if no key signing ceremony is scheduled early enough, schedule one now (or hold the one
        planned, with quorum); once the SKR is signed, upload it to Ceremony Desk. These alerts stop as soon
        as an uploaded SKR extends coverage past this date.
      </Text>
      {props.widened ? (
        <Text>
          This alert goes to every coordinator and all ceremony staff because the deadline is close.
        </Text>
      ) : null}
      <ActionButton href={props.url} label="Open coverage" />
    </EmailLayout>
  );
}

CoverageAlertEmail.PreviewProps = {
  deadline: "next_needed_by",
  dueAt: "Fri 31 Mar 2017, 00:00 UTC",
  daysLeft: 13,
  overdue: false,
  widened: true,
  url: "http://localhost:3000/coverage",
} satisfies CoverageAlertEmailProps;

export default CoverageAlertEmail;
