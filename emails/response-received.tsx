import { Heading, Text } from "@react-email/components";
import { CeremonySummary, type CeremonySummaryProps, SUMMARY_PREVIEW } from "./ceremony-summary";
import { EmailLayout } from "./layout";

export interface ResponseReceivedEmailProps extends CeremonySummaryProps {
  name: string;
  response: string;
  note: string | null;
  travelOrigin: string | null;
}

export function ResponseReceivedEmail(props: ResponseReceivedEmailProps) {
  return (
    <EmailLayout preview={`We recorded your answer for ${props.label}: ${props.response}`}>
      <Heading as="h1" style={{ fontSize: "20px" }}>
        Your answer for {props.label}: {props.response}
      </Heading>
      <Text>
        Thank you, {props.name}. We recorded your answer “{props.response}”
        {props.travelOrigin ? `, travelling from ${props.travelOrigin}` : ""}.
        {props.note ? ` Your note: “${props.note}”.` : ""} You can change it until the ceremony.
      </Text>
      <CeremonySummary {...props} action="Change my answer" />
    </EmailLayout>
  );
}

ResponseReceivedEmail.PreviewProps = {
  ...SUMMARY_PREVIEW,
  name: "Astrid",
  response: "attending",
  note: null,
  travelOrigin: "SE",
} satisfies ResponseReceivedEmailProps;

export default ResponseReceivedEmail;
