import { Heading, Text } from "@react-email/components";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface AnswersDueEmailProps {
  label: string;
  facility: string;
  startsAt: string;
  /** The facility-local RSVP-by date that has come. */
  rsvpDate: string;
  shortfalls: string[];
  /** Invitees who still have not answered for the current date. */
  missing: string[];
  url: string;
}

export const answersDueSubject = (p: AnswersDueEmailProps) =>
  `${p.label}: responses were due ${p.rsvpDate} and the quorum is not met`;

/** To coordinators on the RSVP-by date when confirmed people still do not meet every requirement. */
export function AnswersDueEmail(props: AnswersDueEmailProps) {
  const lines = (items: string[]) =>
    items.map((line) => (
      <span key={line}>
        • {line}
        <br />
      </span>
    ));
  return (
    <EmailLayout preview={answersDueSubject(props)}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.label}: responses were due {props.rsvpDate}
      </Heading>
      <Text>
        The RSVP-by date of {props.label} at {props.facility} ({props.startsAt}) has come and the people who
        confirmed do not yet meet every requirement:
        <br />
        {lines(props.shortfalls)}
      </Text>
      {props.missing.length > 0 ? (
        <Text>
          Still no answer from:
          <br />
          {lines(props.missing)}
        </Text>
      ) : (
        <Text>Everyone invited has answered: more people need to be invited, or the date moved.</Text>
      )}
      <ActionButton href={props.url} label="Open the ceremony" />
    </EmailLayout>
  );
}

AnswersDueEmail.PreviewProps = {
  label: "KC41",
  facility: "Key Management Facility East",
  startsAt: "Thu 23 Apr 2020, 13:00 EDT",
  rsvpDate: "2020-02-08",
  shortfalls: ["crypto_officer/CO-EAST: 2 of 3 confirmed, 1 possible"],
  missing: ["Astrid Lindqvist", "Jonas Berg"],
  url: "http://localhost:3000/ceremonies/00000000-0000-0000-0000-000000000000",
} satisfies AnswersDueEmailProps;

export default AnswersDueEmail;
