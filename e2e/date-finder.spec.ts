import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { planEastCeremony, shiftDate, signedInPage, weekdayAhead } from "./fixtures";

test.describe.configure({ mode: "serial" });

const SKR = "skr-root-2018-q1-0-d_to_e.xml";
const SKR_PATH = path.join(fileURLToPath(new URL("../fixtures/iana", import.meta.url)), SKR);
const TAKEN = weekdayAhead(75);

test("the date finder marks dates after the SKR deadline too late and keeps another ceremony's days out", async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  // The only SKR on file ran out in 2018: every date from now on starts after the latest useful start.
  const upload = await page.request.post("/api/documents", {
    data: readFileSync(SKR_PATH),
    headers: { "content-type": "application/xml", "x-file-name": SKR, origin: baseURL ?? "" },
  });
  expect([200, 201, 409, 422]).toContain(upload.status());
  await planEastCeremony(page, "KC95", TAKEN);
  const moving = await planEastCeremony(page, "KC96", shiftDate(TAKEN, 10));
  await page.goto(moving);
  await page.getByRole("link", { name: "Find another date" }).click();
  await page.getByLabel("From", { exact: true }).fill(shiftDate(TAKEN, -1));
  await page.getByLabel("To", { exact: true }).fill(shiftDate(TAKEN, 3));
  await page.getByLabel("Weekdays only").uncheck();
  await page.getByRole("button", { name: "Find dates" }).click();

  await expect(page.getByTestId("deadline-note")).toContainText("Too late after the latest useful start");
  const rows = page.getByTestId("date-results").locator("tbody tr");
  await expect(rows).toHaveCount(5);
  for (const row of await rows.all()) await expect(row.getByTestId("too-late")).toBeVisible();

  // KC95's day and its standby day (the day after) are taken at KMF East: last, with the reason, no button.
  const taken = page.getByTestId(`date-${TAKEN}`);
  await expect(taken.getByTestId("facility-taken")).toBeVisible();
  await expect(taken).toContainText("KC95 is held at this facility that day");
  await expect(taken.getByRole("button")).toHaveCount(0);
  const standby = page.getByTestId(`date-${shiftDate(TAKEN, 1)}`);
  await expect(standby).toContainText("standby day of KC95 at this facility");
  await expect(rows.nth(3)).toHaveAttribute("data-testid", /date-/);
  const lastTwo = [
    await rows.nth(3).getAttribute("data-testid"),
    await rows.nth(4).getAttribute("data-testid"),
  ];
  expect(lastTwo.sort()).toEqual([`date-${TAKEN}`, `date-${shiftDate(TAKEN, 1)}`].sort());
  // A free day keeps its reschedule button.
  await expect(
    page.getByTestId(`date-${shiftDate(TAKEN, -1)}`).getByRole("button", { name: "Reschedule KC96 here" }),
  ).toBeVisible();
  await page.context().close();
});
