import { expect, type Page, test } from "@playwright/test";
import { format } from "date-fns";
import { planEastCeremony, requireEastOfficers, signedInPage, weekdayAhead } from "./fixtures";

test.describe.configure({ mode: "serial" });

const LABEL = "KC93";
const PLANNED = weekdayAhead(100);
// Three candidate dates after the planned one, on weekdays.
const DATES = [weekdayAhead(104), weekdayAhead(108), weekdayAhead(112)];
const OFFICERS = {
  amara: "co-east-3@example.org",
  lucas: "co-east-4@example.org",
  priya: "co-east-5@example.org",
  daniel: "co-east-6@example.org",
};
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
let ceremonyUrl = "";

/** The date as the pages print it for a YYYY-MM-DD date ("Tue 12 Jan 2027"). */
const longDate = (date: string) => format(new Date(`${date}T12:00:00Z`), "EEE d MMM yyyy");

/** An invitee marks every date of the poll from their answer page. */
async function markDates(page: Page, marks: ("Yes" | "If need be" | "No")[], note?: string) {
  await page.goto("/me");
  await page.getByRole("link", { name: LABEL }).click();
  const poll = page.locator("#poll");
  await expect(poll.getByRole("heading", { name: "Which dates suit you?" })).toBeVisible();
  const dates = poll.locator("fieldset");
  await expect(dates).toHaveCount(3);
  for (const [index, mark] of marks.entries()) {
    await dates.nth(index).getByLabel(mark, { exact: true }).check();
  }
  if (note) await poll.getByLabel("Note on the dates (optional)").fill(note);
  await poll.getByRole("button", { name: "Save my marks" }).click();
  await expect(poll.getByText("your marks are saved")).toBeVisible();
}

test("a coordinator plans a ceremony, invites four officers and opens a three-date poll", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  // Not a key signing: its dates answer to no coverage deadline, whatever SKRs other specs upload.
  ceremonyUrl = await planEastCeremony(page, LABEL, PLANNED, "hsm_replacement");
  await requireEastOfficers(page, 2);
  await page.goto(`${ceremonyUrl}/invite`);
  for (const name of ["Amara Nwosu", "Lucas Moreau", "Priya Raman", "Daniel Brooks"])
    await page.getByLabel(new RegExp(name)).check();
  await page.getByRole("button", { name: "Invite selected" }).click();
  await expect(page.getByText("4 invited.")).toBeVisible();

  await page.goto(ceremonyUrl);
  await page.getByRole("link", { name: "Date poll" }).click();
  await expect(page.getByText(`No poll yet for ${LABEL}.`)).toBeVisible();
  // One date only is refused with the reason; nothing is opened.
  await page.getByLabel("Date 1", { exact: true }).fill(DATES[0] as string);
  await page.getByRole("button", { name: "Open the poll and ask the invitees" }).click();
  await expect(page.getByText("Offer at least 2 dates.")).toBeVisible();
  for (const [index, date] of DATES.entries()) {
    await page.getByLabel(`Date ${index + 1}`, { exact: true }).fill(date);
  }
  await page.getByRole("button", { name: "Open the poll and ask the invitees" }).click();
  // The form gives way to the poll itself.
  await expect(page.getByRole("heading", { name: "Open poll" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Offer dates" })).toHaveCount(0);
  await expect(page.getByText("0 of 4 invitees have marked the dates.")).toBeVisible();

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(OFFICERS.amara)}`);
  await page
    .getByRole("link", { name: `${LABEL}: which dates suit you?` })
    .first()
    .click();
  await expect(page.getByTestId("mail-text")).toContainText(longDate(DATES[1] as string));
  await page.context().close();
});

test("three officers mark the dates in their own browsers, one on a phone", async ({ browser }) => {
  const amara = await signedInPage(browser, OFFICERS.amara);
  await markDates(amara, ["Yes", "Yes", "No"]);
  // Marks can change until the poll closes.
  await markDates(amara, ["If need be", "Yes", "No"], "Mornings are best");
  await amara.context().close();

  const lucas = await signedInPage(browser, OFFICERS.lucas);
  await markDates(lucas, ["No", "Yes", "Yes"]);
  await lucas.context().close();

  const priya = await signedInPage(browser, OFFICERS.priya, PHONE);
  await markDates(priya, ["Yes", "Yes", "No"]);
  // The phone shows the dates one under the other, nothing wider than the screen.
  const width = await priya.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await priya.context().close();
});

test("the coordinator sees the matrix, picks the best date, and everyone sees the new date", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto(`${ceremonyUrl}/poll`);
  await expect(page.getByText("3 of 4 invitees have marked the dates.")).toBeVisible();
  const verdicts = page.getByTestId("poll-verdict");
  // Date 1: Priya yes, Amara if need be; date 2: three yes; date 3: Lucas yes only. Daniel has not marked.
  await expect(verdicts.nth(0)).toContainText("Quorum at risk");
  await expect(verdicts.nth(0)).toContainText("1 of 2 confirmed, 1 possible");
  await expect(verdicts.nth(1)).toContainText("Quorum met");
  await expect(verdicts.nth(1)).toContainText("2 of 2 confirmed, margin +1");
  await expect(verdicts.nth(2)).toContainText("Quorum at risk");
  await verdicts
    .nth(2)
    .getByText(/cannot be counted on$/)
    .click();
  await expect(verdicts.nth(2)).toContainText("Amara Nwosu: marked no");
  await expect(verdicts.nth(2)).toContainText("Daniel Brooks: no mark yet");
  const best = page.locator("th.best");
  await expect(best).toContainText("Best date");
  await expect(best).toContainText(longDate(DATES[1] as string));
  await expect(page.getByRole("row", { name: /Amara Nwosu/ })).toContainText("Mornings are best");

  await page.getByRole("button", { name: new RegExp(`^Choose ${longDate(DATES[1] as string)}`) }).click();
  await expect(page.getByRole("heading", { name: "Decided poll" })).toBeVisible();
  await expect(page.getByText(`Chosen: ${longDate(DATES[1] as string)}`)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Choose / })).toHaveCount(0);
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("facility-time")).toContainText(longDate(DATES[1] as string));
  await page.context().close();

  for (const [email, options] of [
    [OFFICERS.amara, undefined],
    [OFFICERS.lucas, undefined],
    [OFFICERS.priya, PHONE],
  ] as const) {
    const tcr = await signedInPage(browser, email, options);
    await tcr.goto("/inbox");
    const notice = tcr.getByTestId("inbox").locator("li", { hasText: `${LABEL} has changed` });
    await expect(notice).toHaveCount(1);
    await notice.getByRole("link", { name: `${LABEL} has changed` }).click();
    await expect(tcr.getByRole("heading", { name: "Date poll: decided" })).toBeVisible();
    await expect(tcr.locator("#poll")).toContainText(longDate(DATES[1] as string));
    await expect(tcr.getByTestId("facility-time")).toContainText(longDate(DATES[1] as string));
    // Their mark for the chosen date is now their answer.
    await expect(tcr.getByLabel("I will attend")).toBeChecked();
    await tcr.context().close();
  }
});

test("the officer who never marked gets a reminder and answers from its link", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto(ceremonyUrl);
  await page.getByRole("button", { name: "Remind the 1 who has not answered" }).click();
  await expect(page.getByText("Reminder sent to 1 person.")).toBeVisible();
  await page.context().close();

  const daniel = await signedInPage(browser, OFFICERS.daniel);
  await daniel.goto(`/dev/mailbox?to=${encodeURIComponent(OFFICERS.daniel)}`);
  await daniel
    .getByRole("link", { name: new RegExp(`^Reminder: please answer: ${LABEL} at `) })
    .first()
    .click();
  const text = (await daniel.getByTestId("mail-text").textContent()) ?? "";
  const link = /(http:\/\/localhost:\d+\/me\/ceremonies\/[0-9a-f-]{36})/.exec(text)?.[1];
  expect(link).toBeTruthy();
  await daniel.goto(link as string);
  await expect(daniel.getByRole("heading", { name: new RegExp(LABEL) })).toBeVisible();
  await daniel.getByLabel(/I will attend/).check();
  await daniel.getByRole("button", { name: "Save my answer" }).click();
  await expect(daniel.getByText("your answer is saved")).toBeVisible();
  await daniel.context().close();
});
