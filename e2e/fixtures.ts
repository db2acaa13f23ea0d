import { type Browser, expect, type Page } from "@playwright/test";
import { MS_PER_DAY } from "../lib/time/civil-date";

/** Asks for a sign-in link and reads it from the development mailbox, as a person would from email. */
export async function requestLink(page: Page, email: string): Promise<string> {
  const before = await signInMailCount(page, email);
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  return readLatestLink(page, email, before);
}

const signInMails = (page: Page) => page.getByRole("link", { name: "Your Ceremony Desk sign-in link" });

async function signInMailCount(page: Page, email: string): Promise<number> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  return signInMails(page).count();
}

/** The newest sign-in link to `email`, once there are more than `after` (the job sends it a moment later). */
export async function readLatestLink(page: Page, email: string, after = 0): Promise<string> {
  await expect(async () => {
    expect(await signInMailCount(page, email)).toBeGreaterThan(after);
  }).toPass({ timeout: 20_000 });
  await signInMails(page).first().click();
  const text = (await page.getByTestId("mail-text").textContent()) ?? "";
  const match = /(http:\/\/localhost:\d+\/signin\/confirm\?\S+)/.exec(text);
  if (!match?.[1]) throw new Error(`no sign-in link in the message to ${email}`);
  return match[1];
}

/** Follows the link and presses "Sign in" on the confirmation page. */
export async function redeemLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A new browser context (a phone's, with `options`) signed in as `email` through the real magic-link flow. */
export async function signedInPage(
  browser: Browser,
  email: string,
  options?: Parameters<Browser["newContext"]>[0],
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const link = await requestLink(page, email);
  await redeemLink(page, link);
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  return page;
}

/** A weekday `days` from today (UTC), as YYYY-MM-DD: ceremonies in specs avoid weekends. */
export function weekdayAhead(days: number): string {
  const d = new Date(Date.now() + days * MS_PER_DAY);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** A TCR answers their invitation to `label` from the portal, as on their phone. */
export async function answerInvitation(page: Page, label: string, response: RegExp, note?: string) {
  await page.goto("/me");
  await page.getByRole("link", { name: label }).click();
  await page.getByLabel(response).check();
  if (note) await page.getByLabel("Note for the coordinators (optional)").fill(note);
  await page.getByRole("button", { name: "Save my answer" }).click();
  await expect(page.getByText("your answer is saved")).toBeVisible();
}

/**
 * A coordinator plans `label` (a key signing unless `kind` says otherwise) at KMF East on `date` at 13:00
 * facility time; returns the ceremony's path.
 */
export async function planEastCeremony(
  page: Page,
  label: string,
  date: string,
  kind?: string,
): Promise<string> {
  await page.goto("/ceremonies/new");
  await page.getByLabel("Label", { exact: true }).fill(label);
  if (kind) await page.getByLabel("Kind", { exact: true }).selectOption(kind);
  await page
    .getByLabel("Facility", { exact: true })
    .selectOption({ label: "KMF-EAST: Key Management Facility East" });
  await page.getByLabel("Date (facility's calendar)").fill(date);
  await page.getByLabel("Start (facility's clock)").fill("13:00");
  await page.getByRole("button", { name: "Plan ceremony" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(label) })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** From a ceremony's page: it needs `min` crypto officers of CO-EAST (the first requirement row). */
export async function requireEastOfficers(page: Page, min: number) {
  await page.getByRole("link", { name: "Edit details and requirements" }).click();
  await page.getByLabel("Role").first().selectOption("crypto_officer");
  await page
    .getByLabel("Credential set")
    .first()
    .selectOption({ label: "CO-EAST: Crypto officers, KMF East" });
  await page.getByLabel("Minimum").first().fill(String(min));
  await page.getByRole("button", { name: "Save requirements" }).click();
  await expect(page.getByText("Requirements saved.")).toBeVisible();
}

/** A coordinator adds an entry ban and waits until it is saved (the page moves to the new restriction). */
export async function addEntryBan(page: Page, from: string, to: string, firstDay: string, lastDay: string) {
  await page.goto("/restrictions/new");
  await page.getByLabel("Travellers from").fill(from);
  await page.getByLabel("Entering").fill(to);
  await page.getByLabel("Kind", { exact: true }).selectOption("entry_ban");
  await page.getByLabel("First day").fill(firstDay);
  await page.getByLabel("Last day").fill(lastDay);
  await page.getByRole("button", { name: /save|create|add/i }).click();
  await page.waitForURL(/\/restrictions\/[0-9a-f-]{36}$/);
}
