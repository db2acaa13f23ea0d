import { expect, type Page } from "@playwright/test";

/** Asks for a sign-in link through the real form, as a person (or an attacker's browser) would. */
export async function askForLink(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

export async function expectLinkSent(page: Page) {
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** The newest sign-in link to `email` in the development mailbox of `origin`. */
export async function mailboxLink(page: Page, origin: string, email: string): Promise<string> {
  await page.goto(`${origin}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Your Ceremony Desk sign-in link" }).first().click();
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
