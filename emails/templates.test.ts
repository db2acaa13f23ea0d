import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/render";
import { SignInEmail } from "./sign-in";

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
});
