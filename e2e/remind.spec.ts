import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

test("a coordinator reminds those who owe an answer; a second press the same day is refused", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/ceremonies");
  await page.getByRole("link", { name: "KC62", exact: true }).click();
  await expect(page.getByRole("heading", { name: /KC62/ })).toBeVisible();
  const owed = page.getByTestId("not-answered").locator("li");
  // "N of M invited owe an answer": N counts everyone, the list names at most ten.
  const count = Number(
    ((await page.getByTestId("not-answered").locator("strong").first().textContent()) ?? "").split(" of ")[0],
  );
  expect(count).toBeGreaterThan(0);
  const email = ((await owed.first().getAttribute("data-testid")) ?? "").replace("not-answered-", "");

  await page
    .getByRole("button", { name: `Remind the ${count} who ${count === 1 ? "has" : "have"} not answered` })
    .click();
  await expect(
    page.getByText(`Reminder sent to ${count} ${count === 1 ? "person" : "people"}.`),
  ).toBeVisible();
  await page.getByRole("button", { name: /^Remind the \d+ who/ }).click();
  await expect(page.getByText(/^A reminder went out .+; the next can be sent from .+ UTC\.$/)).toBeVisible();

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page
    .getByRole("link", { name: /^Reminder: please answer: KC62 at / })
    .first()
    .click();
  await expect(page.getByTestId("mail-text")).toContainText("we do not have your answer");
  await page.context().close();

  // The same notice waits in the invitee's inbox: counted in the bar, linked to their answer page.
  const tcr = await signedInPage(browser, email);
  await tcr.goto("/dashboard");
  const badge = tcr.getByRole("link", { name: /^Inbox: \d+ unread$/ });
  await expect(badge).toBeVisible();
  await badge.click();
  const reminder = tcr
    .getByTestId("inbox")
    .locator("li", { hasText: /^new Reminder: please answer: KC62 at / });
  await expect(reminder).toHaveCount(1);
  await reminder.getByRole("link", { name: /^Reminder: please answer: KC62/ }).click();
  await expect(tcr).toHaveURL(/\/me\/ceremonies\/[0-9a-f-]{36}$/);
  await tcr.goto("/inbox");
  await reminder.getByRole("button", { name: /^Mark read: Reminder: please answer: KC62/ }).click();
  await expect(reminder).toHaveCount(0);
  await tcr.goto("/inbox?show=all");
  await expect(
    tcr.getByTestId("inbox").locator("li", { hasText: /^Reminder: please answer: KC62 at / }),
  ).toHaveCount(1);
  await expect(tcr.getByTestId("deliveries")).toContainText("Reminder: please answer: KC62");
  await tcr.context().close();
});
