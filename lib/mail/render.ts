import "server-only";
import { render, toPlainText } from "@react-email/render";
import { type EmailProps, type EmailTemplate, templateEntry } from "@/emails";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Renders a template once: the plain-text part is read from the HTML, as render's plainText option does. */
export async function renderEmail<T extends EmailTemplate>(
  template: T,
  props: EmailProps<T>,
): Promise<RenderedEmail> {
  const entry = templateEntry(template);
  const html = await render(entry.render(props));
  return { subject: entry.subject(props), html, text: toPlainText(html) };
}

/** The subject line alone: plain string work, cheap enough to store when the message is queued. */
export function subjectOf<T extends EmailTemplate>(template: T, props: EmailProps<T>): string {
  return templateEntry(template).subject(props);
}
