import { Heading, Text } from "@react-email/components";
import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface VerdictChangedEmailProps {
  label: string;
  facility: string;
  startsAt: string;
  from: Verdict;
  to: Verdict;
  shortfalls: string[];
  /** Per open requirement, who could fill it but cannot come: "Astrid Lindqvist: declined the invitation". */
  unable?: { requirement: string; people: string[] }[];
  /** What the date finder suggests instead, in words (quorum fallen only). */
  suggestion?: string | null;
  url: string;
  /** The date finder for this ceremony. */
  finderUrl?: string;
}

const WORDS: Record<Verdict, string> = { met: "met", at_risk: "at risk", not_met: "not met" };

export function VerdictChangedEmail(props: VerdictChangedEmailProps) {
  const worse = props.to === "not_met" || (props.to === "at_risk" && props.from === "met");
  return (
    <EmailLayout preview={`${props.label}: quorum ${WORDS[props.to]}`}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        {props.label}: quorum is now {WORDS[props.to]}
      </Heading>
      <Text>
        The quorum for {props.label} at {props.facility} ({props.startsAt}) changed from {WORDS[props.from]}{" "}
        to {WORDS[props.to]}.
      </Text>
      {props.shortfalls.length > 0 ? (
        <Text>
          Open requirements:
          <br />
          {props.shortfalls.map((line) => (
            <span key={line}>
              • {line}
              <br />
            </span>
          ))}
        </Text>
      ) : null}
      {(props.unable ?? []).map((group) => (
        <Text key={group.requirement}>
          Cannot come, among the {group.requirement}:
          <br />
          {group.people.map((line) => (
            <span key={line}>
              • {line}
              <br />
            </span>
          ))}
        </Text>
      ))}
      {props.suggestion ? <Text>{props.suggestion}</Text> : null}
      <Text>
        {worse ? "Check the roster and decide what to do next." : "No action is needed for the quorum."}
      </Text>
      {worse && props.finderUrl ? <ActionButton href={props.finderUrl} label="Open the date finder" /> : null}
      <ActionButton href={props.url} label="Open the ceremony" />
    </EmailLayout>
  );
}

VerdictChangedEmail.PreviewProps = {
  label: "KC41",
  facility: "Key Management Facility East",
  startsAt: "Thu 23 Apr 2020, 13:00 EDT",
  from: "met",
  to: "not_met",
  shortfalls: ["crypto_officer/CO-EAST: 2 of 3 confirmed, 0 possible"],
  unable: [
    {
      requirement: "crypto officers with a CO-EAST credential",
      people: [
        "Astrid Lindqvist: entry ban from SE into US 2020-03-19..2020-06-30",
        "Kenji Watanabe: declined the invitation",
      ],
    },
  ],
  suggestion: "The date finder suggests Tue 28 Apr 2020, 13:00 EDT: quorum met, margin +0.",
  finderUrl: "http://localhost:3000/date-finder?ceremonyId=00000000-0000-0000-0000-000000000000",
  url: "http://localhost:3000/ceremonies/00000000-0000-0000-0000-000000000000",
} satisfies VerdictChangedEmailProps;

export default VerdictChangedEmail;
