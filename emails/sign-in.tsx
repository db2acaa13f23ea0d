import { Heading, Text } from "@react-email/components";
import { ActionButton } from "./action-button";
import { EmailLayout } from "./layout";

export interface SignInEmailProps {
  url: string;
  expiresInMinutes: number;
}

export function SignInEmail({ url, expiresInMinutes }: SignInEmailProps) {
  return (
    <EmailLayout preview="Your sign-in link for Ceremony Desk">
      <Heading as="h1" style={{ fontSize: "20px" }}>
        Sign in to Ceremony Desk
      </Heading>
      <Text>
        Open the link below and press “Sign in” to finish. It works once and expires in {expiresInMinutes}{" "}
        minutes.
      </Text>
      <ActionButton href={url} label="Continue to sign in" />
      <Text style={{ fontSize: "13px", color: "#374151" }}>
        Or paste this address into your browser: {url}
      </Text>
      <Text style={{ fontSize: "13px", color: "#374151" }}>
        If you did not ask to sign in, ignore this message: nobody can use the link without opening it.
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/signin/confirm?token=preview&email=ada%40example.org",
  expiresInMinutes: 10,
} satisfies SignInEmailProps;

export default SignInEmail;
