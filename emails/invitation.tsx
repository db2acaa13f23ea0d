import { Heading, Text } from "@react-email/components";
import { CeremonySummary, type CeremonySummaryProps, SUMMARY_PREVIEW } from "./ceremony-summary";
import { EmailLayout } from "./layout";

export interface InvitationEmailProps extends CeremonySummaryProps {
  name: string;
  role: string;
  /** A reminder to someone who has not answered yet (or must re-confirm after a move). */
  reminder?: boolean;
}

export function InvitationEmail(props: InvitationEmailProps) {
  if (props.reminder)
    return (
      <EmailLayout preview={`Please answer for ${props.label}`}>
        <Heading as="h1" style={{ fontSize: "20px" }}>
          Please answer: {props.label}
        </Heading>
        <Text>
          {props.name}, you are invited as {props.role} to the ceremony below and we do not have your answer
          for its current date yet. The coordinators cannot tell whether a quorum can attend until you say
          whether you can come.
        </Text>
        <CeremonySummary {...props} action="Respond" />
      </EmailLayout>
    );
  return (
    <EmailLayout preview={`You are invited to ${props.label}`}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        You are invited to {props.label}
      </Heading>
      <Text>
        {props.name}, you are invited as {props.role} to the ceremony below. Please tell us whether you can
        come: it takes a minute, and the coordinators plan the quorum from your answer.
      </Text>
      <CeremonySummary {...props} action="Respond" />
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  ...SUMMARY_PREVIEW,
  name: "Astrid",
  role: "crypto officer",
} satisfies InvitationEmailProps;

export default InvitationEmail;
