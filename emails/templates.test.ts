import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/render";
import { AnswersDueEmail } from "./answers-due";
import { CeremonyChangedEmail } from "./ceremony-changed";
import type { EmailTemplate } from "./index";
import { InvitationEmail } from "./invitation";
import { PollOpenedEmail } from "./poll-opened";
import { ResponseReceivedEmail } from "./response-received";
import { SignInEmail } from "./sign-in";
import { VerdictChangedEmail } from "./verdict-changed";

describe("email templates", () => {
  it("sign-in renders HTML and plain text with the link and its lifetime", async () => {
    const rendered = await renderEmail("sign_in", SignInEmail.PreviewProps);
    expect(rendered.subject).toBe("Your Ceremony Desk sign-in link");
    expect(rendered.html).toContain(
      'href="http://localhost:3000/signin/confirm?token=preview&amp;email=ada%40example.org"',
    );
    expect(rendered.text).toContain(
      "http://localhost:3000/signin/confirm?token=preview&email=ada%40example.org",
    );
    expect(rendered.text).toContain("expires in 10 minutes");
    expect(rendered.text).not.toContain("<");
  });

  const cases: [EmailTemplate, object, string, string[]][] = [
    [
      "invitation",
      { ...InvitationEmail.PreviewProps, reminder: true },
      "Reminder: please answer: KC41 at Key Management Facility East, Culpeper",
      ["we do not have your answer", "Respond"],
    ],
    [
      "answers_due",
      AnswersDueEmail.PreviewProps,
      "KC41: responses were due 2020-02-08 and the quorum is not met",
      ["2 of 3 confirmed", "Still no answer from:", "Astrid Lindqvist"],
    ],
    [
      "verdict_changed",
      VerdictChangedEmail.PreviewProps,
      "KC41: quorum not met",
      [
        "changed from met to not met",
        "2 of 3 confirmed",
        "Cannot come, among the crypto officers with a CO-EAST credential:",
        "Kenji Watanabe: declined the invitation",
        "The date finder suggests Tue 28 Apr 2020",
        "Open the date finder",
      ],
    ],
    [
      "invitation",
      InvitationEmail.PreviewProps,
      "Invitation: KC41 at Key Management Facility East, Culpeper",
      ["Facility time: Thu 23 Apr 2020, 13:00 EDT", "Your time: Thu 23 Apr 2020, 19:00 GMT+2", "Respond"],
    ],
    [
      "response_received",
      ResponseReceivedEmail.PreviewProps,
      "KC41: we recorded “attending”",
      ["travelling from SE", "Change my answer"],
    ],
    [
      "poll_opened",
      PollOpenedEmail.PreviewProps,
      "KC41: which dates suit you?",
      ["Tue 28 Apr 2020, 13:00 EDT (your time: Tue 28 Apr 2020, 19:00 GMT+2)", "Mark the dates"],
    ],
    [
      "ceremony_changed",
      CeremonyChangedEmail.PreviewProps,
      "KC41 has changed",
      ["Reason: Travel restrictions", "Facility: KMF East → KMF West"],
    ],
  ];
  for (const [template, props, subject, texts] of cases) {
    it(`${template} renders its subject and the facts in plain text`, async () => {
      const rendered = await renderEmail(template, props as never);
      expect(rendered.subject).toBe(subject);
      for (const text of texts) expect(rendered.text).toContain(text);
      expect(rendered.html).toContain("<html");
    });
  }
});
