import type { ReactElement } from "react";
import { AnswersDueEmail, type AnswersDueEmailProps, answersDueSubject } from "./answers-due";
import {
  CeremonyChangedEmail,
  type CeremonyChangedEmailProps,
  ceremonyChangedSubject,
} from "./ceremony-changed";
import {
  ContingencyNoticeEmail,
  type ContingencyNoticeEmailProps,
  contingencyNoticeSubject,
} from "./contingency-notice";
import { CoverageAlertEmail, type CoverageAlertEmailProps, coverageAlertSubject } from "./coverage-alert";
import { InvitationEmail, type InvitationEmailProps } from "./invitation";
import { PollOpenedEmail, type PollOpenedEmailProps, pollOpenedSubject } from "./poll-opened";
import { ResponseReceivedEmail, type ResponseReceivedEmailProps } from "./response-received";
import { SignInEmail, type SignInEmailProps } from "./sign-in";
import { VerdictChangedEmail, type VerdictChangedEmailProps } from "./verdict-changed";

/** Every message the app sends, by template name, with the props its component takes. */
export interface EmailPropsByTemplate {
  sign_in: SignInEmailProps;
  verdict_changed: VerdictChangedEmailProps;
  invitation: InvitationEmailProps;
  response_received: ResponseReceivedEmailProps;
  ceremony_changed: CeremonyChangedEmailProps;
  coverage_alert: CoverageAlertEmailProps;
  contingency_notice: ContingencyNoticeEmailProps;
  answers_due: AnswersDueEmailProps;
  poll_opened: PollOpenedEmailProps;
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
  invitation: {
    subject: (p) => `${p.reminder ? "Reminder: please answer" : "Invitation"}: ${p.label} at ${p.facility}`,
    render: InvitationEmail,
  },
  response_received: {
    subject: (p) => `${p.label}: we recorded “${p.response}”`,
    render: ResponseReceivedEmail,
  },
  ceremony_changed: { subject: ceremonyChangedSubject, render: CeremonyChangedEmail },
  coverage_alert: { subject: coverageAlertSubject, render: CoverageAlertEmail },
  contingency_notice: { subject: contingencyNoticeSubject, render: ContingencyNoticeEmail },
  answers_due: { subject: answersDueSubject, render: AnswersDueEmail },
  poll_opened: { subject: pollOpenedSubject, render: PollOpenedEmail },
};

export function templateEntry<T extends EmailTemplate>(template: T): TemplateEntry<EmailProps<T>> {
  return EMAIL_TEMPLATES[template] as TemplateEntry<EmailProps<T>>;
}
