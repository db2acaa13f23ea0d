import { Heading, Text } from "@react-email/components";
import { CeremonySummary, type CeremonySummaryProps, SUMMARY_PREVIEW } from "./ceremony-summary";
import { EmailLayout } from "./layout";

export const CHANGE_KINDS = ["changed", "postponed", "cancelled"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface CeremonyChangedEmailProps extends CeremonySummaryProps {
  change: ChangeKind;
  reason: string | null;
  /** What moved, e.g. "Start: Thu 23 Apr 2020, 13:00 EDT → Tue 28 Apr 2020, 10:00 PDT". */
  details: string[];
  /** The recipient's answer for the old date, which now waits for re-confirmation. */
  previousAnswer?: string | null;
}

const HEADINGS: Record<ChangeKind, (label: string) => string> = {
  changed: (label) => `${label} has changed`,
  postponed: (label) => `${label} is postponed`,
  cancelled: (label) => `${label} is cancelled`,
};

export function ceremonyChangedSubject(props: CeremonyChangedEmailProps): string {
  return HEADINGS[props.change](props.label);
}

export function CeremonyChangedEmail(props: CeremonyChangedEmailProps) {
  return (
    <EmailLayout preview={ceremonyChangedSubject(props)}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {ceremonyChangedSubject(props)}
      </Heading>
      {props.reason ? <Text>Reason: {props.reason}</Text> : null}
      {props.details.length > 0 ? (
        <Text>
          {props.details.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))}
        </Text>
      ) : null}
      {props.previousAnswer ? (
        <Text>
          You had answered “{props.previousAnswer}” for the old date. It no longer counts until you confirm
          it: open the ceremony and tap “Still works for me”, or give a new answer.
        </Text>
      ) : null}
      <Text>
        {props.change === "cancelled"
          ? "The attached calendar file removes it from your calendar. No travel is needed."
          : props.change === "postponed"
            ? "A new date will follow. The attached calendar file updates your calendar."
            : "The attached calendar file updates your calendar. Please check your answer still holds."}
      </Text>
      <CeremonySummary
        {...props}
        action={props.previousAnswer ? "Confirm or change my answer" : "Open the ceremony"}
      />
    </EmailLayout>
  );
}

CeremonyChangedEmail.PreviewProps = {
  ...SUMMARY_PREVIEW,
  change: "changed",
  reason: "Travel restrictions",
  details: [
    "Start: Thu 23 Apr 2020, 13:00 EDT → Tue 28 Apr 2020, 10:00 PDT",
    "Facility: KMF East → KMF West",
  ],
  previousAnswer: "attending",
} satisfies CeremonyChangedEmailProps;

export default CeremonyChangedEmail;
