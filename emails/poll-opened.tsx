import { Heading, Text } from "@react-email/components";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface PollOpenedEmailProps {
  name: string;
  label: string;
  facility: string;
  /** Each candidate start, on the facility's clock and on the recipient's. */
  dates: { facilityTime: string; localTime: string }[];
  url: string;
}

export function pollOpenedSubject(props: PollOpenedEmailProps): string {
  return `${props.label}: which dates suit you?`;
}

export function PollOpenedEmail(props: PollOpenedEmailProps) {
  return (
    <EmailLayout preview={pollOpenedSubject(props)}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        Which dates suit you for {props.label}?
      </Heading>
      <Text>
        {props.name}, the coordinators are choosing the date of {props.label} at {props.facility}. Please mark
        each date below yes, if need be, or no: the date is chosen from everyone's marks, so it can be one
        where a quorum can come.
      </Text>
      <Text style={{ backgroundColor: "#f4f5f7", padding: "12px", borderRadius: "6px" }}>
        {props.dates.map((date) => (
          <span key={date.facilityTime}>
            {date.facilityTime} (your time: {date.localTime})
            <br />
          </span>
        ))}
      </Text>
      <ActionButton href={props.url} label="Mark the dates" />
    </EmailLayout>
  );
}

PollOpenedEmail.PreviewProps = {
  name: "Astrid",
  label: "KC41",
  facility: "Key Management Facility East, Culpeper",
  dates: [
    { facilityTime: "Thu 23 Apr 2020, 13:00 EDT", localTime: "Thu 23 Apr 2020, 19:00 GMT+2" },
    { facilityTime: "Tue 28 Apr 2020, 13:00 EDT", localTime: "Tue 28 Apr 2020, 19:00 GMT+2" },
  ],
  url: "http://localhost:3000/me/ceremonies/00000000-0000-0000-0000-000000000000#poll",
} satisfies PollOpenedEmailProps;

export default PollOpenedEmail;
