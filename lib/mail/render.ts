import { render } from "@react-email/render";
import { type EmailProps, type EmailTemplate, templateEntry } from "@/emails";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail<T extends EmailTemplate>(
  template: T,
  props: EmailProps<T>,
): Promise<RenderedEmail> {
  const entry = templateEntry(template);
  const element = entry.render(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: entry.subject(props), html, text };
}
