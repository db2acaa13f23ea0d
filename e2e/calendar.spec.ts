import { expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

/** Steps forward month by month until the ceremony's link shows (the seed plans relative to today). */
async function findCeremonyMonth(page: Page, label: string): Promise<string> {
  const heading = page.getByRole("navigation", { name: "Month" }).getByRole("heading");
  for (let i = 0; i < 14; i++) {
    const shown = (await heading.innerText()).trim();
    if (
      (await page
        .locator(".calendar-grid")
        .getByRole("link", { name: new RegExp(`^${label}:`) })
        .count()) > 0
    )
      return shown;
    await page.getByRole("link", { name: "Next month →" }).click();
    // Wait for the next month to be on screen before counting again.
    await expect(heading).not.toHaveText(shown);
  }
  throw new Error(`${label} not found in the next 14 months`);
}

test("a coordinator finds a seeded ceremony on its day, moves months and filters by facility", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/calendar");
  await expect(page).toHaveTitle(/Calendar/);
  const month = await findCeremonyMonth(page, "KC62");
  const cell = page.locator(".calendar-grid td").filter({ has: page.getByRole("link", { name: /^KC62:/ }) });
  await expect(cell.first()).toHaveAttribute("data-date", new RegExp(`^${month}-`));
  await page.getByRole("link", { name: "← Previous month" }).click();
  await page.getByRole("link", { name: "Next month →" }).click();
  await expect(page.getByRole("navigation", { name: "Month" }).getByRole("heading")).toHaveText(month);

  await page.getByLabel("Facility").selectOption({ label: `KMF-WEST: ${await westName(page)}` });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/facility=/);
  await expect(page.getByRole("link", { name: /^KC62:/ })).toHaveCount(0);

  await page.goto("/calendar?month=2026-13");
  await expect(page.getByRole("alert").filter({ hasText: "Month must" })).toBeVisible();
});

async function westName(page: Page): Promise<string> {
  const text = await page.getByLabel("Facility").locator("option", { hasText: "KMF-WEST" }).innerText();
  return text.replace(/^KMF-WEST: /, "");
}

test("a TCR sees only the ceremonies they are invited to, linked to their answer page", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "co-east-7@example.org");
  await page.goto("/calendar");
  await findCeremonyMonth(page, "KC62");
  const link = page
    .locator(".calendar-grid")
    .getByRole("link", { name: /^KC62:/ })
    .first();
  await expect(link).toHaveAttribute("href", /^\/me\/ceremonies\//);
  for (const other of ["KC60", "KC61", "KC63"])
    await expect(page.getByRole("link", { name: new RegExp(`^${other}:`) })).toHaveCount(0);
});
