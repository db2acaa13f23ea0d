import { expect, type Page } from "@playwright/test";

const signInMails = (page: Page) => page.getByRole("link", { name: "Your Ceremony Desk sign-in link" });

async function mailCount(page: Page, origin: string, email: string): Promise<number> {
  await page.goto(`${origin}/dev/mailbox?to=${encodeURIComponent(email)}`);
  return signInMails(page).count();
}

/**
 * Asks for a sign-in link through the real form, as a person (or an attacker's browser) would. With
 * `mailbox`, first counts the links already in the development mailbox, and returns that count.
 */
export async function askForLink(
  page: Page,
  origin: string,
  email: string,
  mailbox = false,
): Promise<number> {
  const before = mailbox ? await mailCount(page, origin, email) : 0;
  await page.goto(`${origin}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  return before;
}

export async function expectLinkSent(page: Page) {
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** The newest sign-in link to `email` in the mailbox of `origin`, once more than `after` are there. */
export async function mailboxLink(page: Page, origin: string, email: string, after: number): Promise<string> {
  await expect(async () => {
    expect(await mailCount(page, origin, email)).toBeGreaterThan(after);
  }).toPass({ timeout: 20_000 });
  await signInMails(page).first().click();
  const text = (await page.getByTestId("mail-text").textContent()) ?? "";
  const link = /(https?:\/\/\S+\/signin\/confirm\?\S+)/.exec(text)?.[1];
  if (!link) throw new Error(`no sign-in link in the message to ${email}`);
  return link;
}

export async function redeem(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}
