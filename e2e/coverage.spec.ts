import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { corruptedSkr } from "../lib/testing/ksr-fixtures";
import { MS_PER_DAY } from "../lib/time/civil-date";
import { signedInPage } from "./fixtures";

test.describe.configure({ mode: "serial" });

const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/iana", import.meta.url));
const SKRS = ["skr-root-2017-q1-0.xml", "skr-root-2018-q1-0-d_to_e.xml"];

/** The bundle ids a file holds, read straight from its XML. */
const bundleIds = (name: string) =>
  [...readFileSync(path.join(FIXTURE_DIR, name), "utf8").matchAll(/<ResponseBundle id="([^"]+)"/g)].map(
    (match) => match[1] as string,
  );

// The server's clock is the real one, years after these SKRs (2017 and 2018) expired: the page must say
// so, and still show every date. Expected values read from the files (scripts/ksr.ts inspect):
// 2017 runs 2017-01-01..2017-04-11 (last inception 03-21, next needed 03-31), 2018 runs
// 2018-01-01..2018-04-12 (last inception 03-22, next needed 04-01); 265 days without signature between.
test("a coordinator uploads two SKRs and reads coverage, its gap and the timeline", async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  for (const name of SKRS) {
    const response = await page.request.post("/api/documents", {
      data: readFileSync(path.join(FIXTURE_DIR, name)),
      headers: { "content-type": "application/xml", "x-file-name": name, origin: baseURL ?? "" },
    });
    expect([200, 201], `${name}: ${await response.text()}`).toContain(response.status());
  }

  await page.goto("/coverage");
  const headline = page.getByTestId("coverage-headline");
  await expect(headline).toContainText("Signature coverage expired on 2018-04-12 00:00 UTC");
  await expect(headline).toContainText("the next SKR was needed by 2018-04-01 00:00 UTC");
  await expect(page.getByTestId("bundle-in-force")).toHaveText("No bundle on file is in force now.");

  const runs = page.getByTestId("coverage-runs");
  await expect(runs.getByRole("row").nth(1)).toHaveText(
    /2017-01-01 00:00 UTC.*2017-04-11 00:00 UTC.*2017-03-31 00:00 UTC/,
  );
  await expect(runs).toContainText(
    "Gap of 265 days: nothing signed from 2017-04-11 00:00 UTC to 2018-01-01 00:00 UTC",
  );
  await expect(runs.getByRole("row").nth(3)).toHaveText(
    /2018-01-01 00:00 UTC.*2018-04-12 00:00 UTC.*2018-04-01 00:00 UTC/,
  );

  // The timeline opens on the present; these SKRs are historic, so the coordinator zooms out.
  await page.getByRole("link", { name: /everything on file/i }).click();
  const timeline = page
    .locator("svg")
    .filter({ has: page.locator("title", { hasText: /Signature coverage from/ }) })
    .filter({ visible: true });
  await expect(timeline).toBeVisible();
  await expect(timeline.locator("desc")).toContainText("2 SKRs on file with 18 bundles counted");
  await expect(timeline.locator("desc")).toContainText("1 gap (2017-04-11 to 2018-01-01)");
  await expect(timeline.getByText("gap, 265 days")).toBeAttached();

  await page.getByText("Timeline data as a table").click();
  const data = page.getByTestId("timeline-data").getByRole("table");
  await expect(data).toBeVisible();
  await expect(data).toContainText("SKR 122992ea-297d-4f12-845b-0fb448c33ccb, serial 1");
  await expect(data).toContainText("SKR 4fe9bb10-6f6b-4503-8575-7824e2d66925, serial 0");
  for (const id of [...bundleIds(SKRS[0] as string), ...bundleIds(SKRS[1] as string)]) {
    await expect(data.getByRole("row").filter({ hasText: id })).toHaveCount(1);
  }
  await expect(data.getByRole("row").filter({ hasText: "Gap of 265 days" })).toContainText(
    "2017-04-11 00:00 UTC",
  );

  // The demo's next key signing is weeks away, long after this (past) deadline: the page says so.
  const warnings = page.getByTestId("deadline-warnings");
  await expect(warnings.locator("[data-risk=too_late]")).toContainText("is too late");
  const finder = warnings.locator("[data-risk=no_ceremony]").getByRole("link");
  await expect(finder).toHaveAttribute("href", /^\/date-finder\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

  await page.goto("/dashboard");
  await expect(page.getByTestId("coverage-headline")).toContainText(
    "Signature coverage expired on 2018-04-12",
  );
  await expect(page.getByTestId("deadline-warnings")).toBeVisible();
  await page.context().close();
});

test("an SKR whose signatures fail is kept and shown but not counted; anchors are listed and guarded", async ({
  browser,
  baseURL,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  // The real 2018 SKR moved 60 days on, signatures corrupted: counted, it would extend coverage to June.
  const corrupted = corruptedSkr(readFileSync(path.join(FIXTURE_DIR, SKRS[1] as string)), 60 * MS_PER_DAY);
  const response = await page.request.post("/api/documents", {
    data: corrupted,
    headers: { "content-type": "application/xml", "x-file-name": "skr-later.xml", origin: baseURL ?? "" },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };

  await page.goto("/coverage");
  await expect(page.getByTestId("coverage-headline")).toContainText(
    "Signature coverage expired on 2018-04-12 00:00 UTC",
  );
  await expect(page.getByTestId("coverage-left-out")).toContainText(
    "9 SKR bundles on file are left out of coverage: signature does not verify (9)",
  );
  const anchors = page.getByTestId("trust-anchors");
  for (const tag of ["19036", "20326", "38696"]) await expect(anchors).toContainText(tag);
  await page.getByText("Add trust anchors").click();
  await page.getByLabel("DS or DNSKEY records").fill(". IN DS 20326 8 2 E06D");
  await page.getByRole("button", { name: "Add anchors" }).click();
  await expect(page.getByText("line 1: a digest of type 2 is 64 hexadecimal digits")).toBeVisible();

  await page.goto(`/documents/${id}`);
  const marks = page.getByTestId("bundle-counted");
  await expect(marks).toHaveCount(9);
  for (const mark of await marks.all())
    await expect(mark).toHaveText("not counted: signature does not verify");
  await page.context().close();

  const auditor = await signedInPage(browser, "auditor@example.org");
  await auditor.goto("/coverage");
  await expect(auditor.getByTestId("trust-anchors")).toContainText("20326");
  await expect(auditor.getByText("Add trust anchors")).toHaveCount(0);
  await expect(auditor.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await auditor.context().close();
});

test("a coordinator changes the coverage settings; a bad threshold list is refused by name", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  await page.goto("/coverage");
  await page.getByText("Change the settings").click();
  const thresholds = page.getByLabel("Alert thresholds (days before a deadline)");
  await thresholds.fill("30, 30");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Each threshold may appear only once.")).toBeVisible();

  await thresholds.fill("7, 90 30");
  await page.getByLabel("Processing margin (days)").fill("21");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(
    page.getByText("Coverage settings saved: 21-day margin, alerts at 90, 30, 7 days."),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("coverage-settings")).toContainText("90, 30, 7 days before each deadline");
  await expect(page.getByTestId("coverage-settings")).toContainText("21 days between the ceremony");
  await page.context().close();
});

test("an auditor reads coverage but is offered no settings form", async ({ browser }) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/coverage");
  await expect(page.getByTestId("coverage-headline")).toContainText("expired");
  await expect(page.getByText("Change the settings")).toHaveCount(0);
  await page.context().close();
});
