import { expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import {
  addEntryBan,
  answerInvitation,
  planEastCeremony,
  requireEastOfficers,
  shiftDate,
  signedInPage,
  weekdayAhead,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const LABEL = "KC90";
const DATE = weekdayAhead(45);
let ceremonyUrl = "";

const answer = (page: Page, response: RegExp, note?: string) => answerInvitation(page, LABEL, response, note);

test("a coordinator plans a ceremony at KMF East and invites crypto officers", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  ceremonyUrl = await planEastCeremony(page, LABEL, DATE);
  await expect(page.getByTestId("facility-time")).toContainText("13:00");

  // Two crypto officers of CO-EAST are needed for this ceremony.
  await requireEastOfficers(page, 2);
  await page.goto(ceremonyUrl);
  await page.getByRole("link", { name: "Invite people" }).click();
  await expect(
    page.getByText("crypto officers with a CO-EAST credential: invite 3 more for a margin of 1"),
  ).toBeVisible();
  await expect(page.locator("main")).not.toContainText("crypto_officer/CO-EAST");
  // Each candidate says whether they could come on this date, before anyone is invited.
  await expect(page.getByTestId("can-attend-co-east-1@example.org")).toContainText(
    "could attend on this date",
  );

  await page.getByLabel(/Astrid Lindqvist/).check();
  await page.getByLabel(/Kenji Watanabe/).check();
  // A double click sends one invitation, and its answer is the one shown.
  await page.getByRole("button", { name: "Invite selected" }).dblclick();
  await expect(page.getByText("2 invited.")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Check the highlighted fields");
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("roster")).toContainText("Astrid Lindqvist");
  await expect(page.getByTestId("verdict")).toHaveText("Quorum at risk");
  await page.getByLabel("New status").selectOption("scheduled");
  await page.getByLabel("Reason", { exact: true }).fill("Date agreed with the facility");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByText("The ceremony is now scheduled.")).toBeVisible();
  await page.context().close();
});

test("two TCRs answer from their own sessions and the quorum is met", async ({ browser }) => {
  const astrid = await signedInPage(browser, "co-east-1@example.org");
  await answer(astrid, /I will attend/, "Arriving the day before from Stockholm");
  const astridInvitation = await astrid.locator('input[name="invitationId"]').inputValue();
  await astrid.screenshot({ path: "test-results/screenshots/tcr-portal.png", fullPage: true });
  const kenji = await signedInPage(browser, "co-east-2@example.org");
  // Typed by name in the country picker: stored as SG (Singapore), never cut to SI (Slovenia).
  await kenji.goto("/me");
  await kenji.getByRole("link", { name: LABEL }).click();
  await kenji.getByLabel(/I will attend/).check();
  await kenji.getByLabel("Travelling from").fill("Singapore");
  await kenji.getByRole("button", { name: "Save my answer" }).click();
  await expect(kenji.getByText("your answer is saved")).toBeVisible();
  await kenji.reload();
  await expect(kenji.getByLabel("Travelling from")).toHaveValue("Singapore (SG)");
  // A TCR sees names and answers, never another person's note.
  await expect(kenji.getByTestId("tcr-roster")).toContainText("Astrid Lindqvist: attending");
  await expect(kenji.locator("body")).not.toContainText("Arriving the day before");
  // ...and the coordinator's page of the same ceremony is refused by the server.
  const refused = await kenji.goto(ceremonyUrl);
  expect(refused?.status()).toBe(403);
  // Nor can Kenji answer for Astrid through the API, whatever id he sends.
  const forged = await kenji.request.post(`/api/invitations/${astridInvitation}/response`, {
    data: { response: "declined", version: 2 },
  });
  expect(forged.status()).toBe(404);
  await astrid.context().close();
  await kenji.context().close();

  const coordinator = await signedInPage(browser, "coordinator@example.org");
  await coordinator.goto(ceremonyUrl);
  await expect(coordinator.getByTestId("verdict")).toHaveText("Quorum met");
  await expect(coordinator.getByTestId("roster")).toContainText("Arriving the day before");
  await expect(coordinator.getByTestId("roster-co-east-2@example.org")).toContainText("From Singapore");
  await coordinator.context().close();
});

test("an entry ban from one TCR's country drops the panel to not met and coordinators are told", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await addEntryBan(page, "SE", "US", shiftDate(DATE, -3), shiftDate(DATE, 3));
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("verdict")).toHaveText("Quorum not met");
  await expect(page.getByTestId("roster-co-east-1@example.org")).toContainText(
    `entry ban SE to US ${shiftDate(DATE, -3)}..${shiftDate(DATE, 3)}`,
  );
  await page.screenshot({ path: "test-results/screenshots/ceremony-page.png", fullPage: true });
  await page.goto("/dev/mailbox?to=coordinator%40example.org");
  await expect(page.getByRole("link", { name: `${LABEL}: quorum not met` }).first()).toBeVisible();
  await page.context().close();
});

test("the date finder proposes a date that meets quorum and the coordinator reschedules to it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto(ceremonyUrl);
  await page.getByRole("link", { name: "Find another date" }).click();
  const first = page.getByTestId("date-results").locator("tbody tr").first();
  await expect(first.getByTestId("verdict")).toHaveText("Quorum met");
  // A move needs its reason: without one the browser refuses to send the form.
  const button = first.getByRole("button", { name: `Reschedule ${LABEL} here` });
  await button.click();
  await expect(page).toHaveURL(/date-finder/);
  await first.getByLabel("Reason (sent to invitees)").fill("Entry ban from SE on the first date");
  await button.click();
  await page.waitForURL(new RegExp(ceremonyUrl));
  // Both answers were for the old date: nobody has confirmed the new one yet, and the page says so.
  await expect(page.getByTestId("verdict")).not.toHaveText("Quorum met");
  await expect(page.getByTestId("reconfirm-pending")).toContainText(
    "2 answers were given for the earlier date",
  );
  await expect(page.getByTestId("not-answered-co-east-2@example.org")).toContainText(
    "must re-confirm after the move (answered attending for the old date)",
  );
  await expect(page.getByTestId("roster-co-east-2@example.org")).toContainText("re-confirmation pending");
  await expect(page.getByTestId("history")).toContainText("Entry ban from SE on the first date");
  await expect(page.getByTestId("history-changes")).toContainText(/Start: .+ → .+13:00/);
  const facilityTime = await page.getByTestId("facility-time").textContent();

  // Everyone invited hears of the change, with the reason and their old answer to confirm.
  for (const email of ["co-east-1@example.org", "co-east-2@example.org"]) {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await page
      .getByRole("link", { name: `${LABEL} has changed` })
      .first()
      .click();
    await expect(page.getByTestId("mail-text")).toContainText("Reason: Entry ban from SE on the first date");
    await expect(page.getByTestId("mail-text")).toContainText(
      "You had answered “attending” for the old date",
    );
  }

  // The calendar file carries the new time in the facility's zone.
  const response = await page.request.get(`/api/ceremonies/${ceremonyUrl.split("/").pop()}/ics`);
  expect(response.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(
    calendar
      .getAllSubcomponents("vevent")
      .find((e) => !String(e.getFirstPropertyValue("uid")).includes("standby")),
  );
  expect(event.startDate.zone?.tzid).toBe("America/New_York");
  expect(`${event.startDate.hour}:${event.startDate.minute}`).toBe("13:0");
  const newDate = event.startDate.toString().slice(0, 10);
  expect(newDate).not.toBe(DATE);
  const shown = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  expect(facilityTime).toContain(`${shown.format(new Date(`${newDate}T12:00:00Z`))}, 13:00`);
  expect(event.sequence).toBeGreaterThan(1);
  await page.context().close();

  // One tap on the invitee's page confirms the old answer for the new date.
  const kenji = await signedInPage(browser, "co-east-2@example.org");
  await kenji.goto("/me");
  await expect(kenji.getByText("please re-confirm: the date moved")).toBeVisible();
  await kenji.getByRole("link", { name: LABEL }).click();
  await kenji.getByRole("button", { name: "Still works for me (attending)" }).click();
  await expect(kenji.getByText("your answer is saved")).toBeVisible();
  await kenji.context().close();
  const coordinator = await signedInPage(browser, "coordinator@example.org");
  await coordinator.goto(ceremonyUrl);
  await expect(coordinator.getByTestId("roster-co-east-2@example.org")).not.toContainText("re-confirmation");
  await expect(coordinator.getByTestId("reconfirm-pending")).toContainText("1 answer was given");
  await coordinator.context().close();
});

test("an auditor sees the ceremony read-only", async ({ browser }) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto(ceremonyUrl);
  await expect(page.getByTestId("quorum-panel")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change status" })).toHaveCount(0);
  const response = await page.goto("/ceremonies/new");
  expect(response?.status()).toBe(403);
  await page.context().close();
});

test("a TCR subscribes to a personal calendar feed and can revoke it", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await signedInPage(browser, "co-east-2@example.org");
  await page.goto("/me/settings");
  await page.getByRole("button", { name: "Create my feed address" }).click();
  const feedUrl = (await page.getByTestId("feed-url").textContent()) ?? "";
  expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  // A calendar app fetches it without any session.
  const anonymous = await playwright.request.newContext({ baseURL });
  const feed = await anonymous.get(new URL(feedUrl).pathname);
  expect(feed.status()).toBe(200);
  const text = await feed.text();
  expect(text).toContain("X-WR-CALNAME:Ceremony Desk");
  expect(text).toContain(`SUMMARY:${LABEL}: key signing ceremony`);
  expect(text).toContain(`SUMMARY:${LABEL}: standby date`);
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("Feed revoked")).toBeVisible();
  expect((await anonymous.get(new URL(feedUrl).pathname)).status()).toBe(404);
  await anonymous.dispose();
  await page.context().close();
});
