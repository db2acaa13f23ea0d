import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

async function fitsAPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test("a coordinator sees the runway, the next ceremony's quorum gauge and the open contingencies", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/dashboard");
  const runway = page.getByRole("region", { name: "Runway" });
  await expect(runway.getByTestId("coverage-headline")).toBeVisible();
  await page.goto("/coverage");
  const onCoveragePage = await page.getByTestId("coverage-headline").innerText();
  await page.goto("/dashboard");
  await expect(runway.getByTestId("coverage-headline")).toHaveText(onCoveragePage);

  const next = page.getByRole("region", { name: "Next ceremonies" });
  const kc62 = next.getByTestId("next-KC62");
  await expect(kc62.getByRole("list", { name: "Quorum" })).toContainText(/crypto officer.*\d+ of 3/);
  await expect(kc62.getByTestId("missing")).toContainText("Not answered");
  await kc62.getByRole("link", { name: "KC62" }).click();
  const confirmed = await page
    .getByTestId("quorum-panel")
    .locator("tbody tr")
    .first()
    .locator("td")
    .nth(1)
    .innerText();
  await page.goBack();
  await expect(kc62.getByRole("listitem").first()).toContainText(confirmed.replace(/\s*(met|short)$/, ""));

  await expect(page.getByRole("region", { name: "Open contingencies" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Failed mail deliveries" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^People/ })).toHaveCount(0);
  await fitsAPhone(page);
  await page.screenshot({ path: "test-results/screenshots/dashboard-coordinator.png", fullPage: true });
  await page.context().close();
});

test("a TCR sees the invitation waiting for their answer and their next ceremony", async ({ browser }) => {
  const page = await signedInPage(browser, "co-east-7@example.org");
  await expect(page).toHaveURL(/\/dashboard$/);
  const answers = page.getByRole("region", { name: "Waiting for your answer" });
  await expect(answers.getByTestId("answer-KC62")).toBeVisible();
  const mine = page.getByTestId("my-next-ceremony");
  await expect(mine).toContainText("KC62");
  await expect(mine).toContainText("Facility time");
  await expect(mine).toContainText(/EST|EDT/);
  await expect(mine).toContainText(/Request travel by\s*\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("region", { name: "Runway" })).toHaveCount(0);
  await fitsAPhone(page);
  await answers.getByRole("link", { name: /Answer for KC62/ }).click();
  await expect(page).toHaveURL(/\/me\/ceremonies\//);
  await page.context().close();
});

test("an auditor sees the audit chain status and the last checkpoint", async ({ browser }) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/dashboard");
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verified");
  await expect(page.getByTestId("last-checkpoint")).toContainText("Last checkpoint");
  await expect(page.getByRole("region", { name: "Waiting for your answer" })).toHaveCount(0);
  await page.context().close();
});
