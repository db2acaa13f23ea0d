import type { ReactElement } from "react";
import { SignInEmail, type SignInEmailProps } from "./sign-in";
import { VerdictChangedEmail, type VerdictChangedEmailProps } from "./verdict-changed";

/** Every message the app sends, by template name, with the props its component takes. */
export interface EmailPropsByTemplate {
  sign_in: SignInEmailProps;
  verdict_changed: VerdictChangedEmailProps;
}

export type EmailTemplate = keyof EmailPropsByTemplate;
export type EmailProps<T extends EmailTemplate> = EmailPropsByTemplate[T];

interface TemplateEntry<P> {
  subject: (props: P) => string;
  render: (props: P) => ReactElement;
}

export const EMAIL_TEMPLATES: { [T in EmailTemplate]: TemplateEntry<EmailProps<T>> } = {
  sign_in: { subject: () => "Your Ceremony Desk sign-in link", render: SignInEmail },
  verdict_changed: {
    subject: (p) => `${p.label}: quorum ${p.to.replace("_", " ")}`,
    render: VerdictChangedEmail,
  },
};

export function templateEntry<T extends EmailTemplate>(template: T): TemplateEntry<EmailProps<T>> {
  return EMAIL_TEMPLATES[template] as TemplateEntry<EmailProps<T>>;
}
