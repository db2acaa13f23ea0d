import type { ReactElement } from "react";
import { SignInEmail, type SignInEmailProps } from "./sign-in";

/** Every message the app sends: its template and its subject line. */
export const EMAIL_TEMPLATES = {
  sign_in: {
    subject: (_: SignInEmailProps) => "Your Ceremony Desk sign-in link",
    render: (props: SignInEmailProps): ReactElement => SignInEmail(props),
  },
} as const;

export type EmailTemplate = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<T extends EmailTemplate> = Parameters<(typeof EMAIL_TEMPLATES)[T]["render"]>[0];
