import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

const stamp = Date.now().toString(36);

// A coordinator's change, read back by the auditor as a sentence with names, links, labelled details and
// times in the auditor's zone; the same filtered events exported as JSON lines with their hashes.
test("the auditor reads a coordinator's change by name, filters to it and exports it", async ({
  browser,
}) => {
  const name = `Audit e2e template ${stamp}`;
  const coordinator = await signedInPage(browser, "coordinator@example.org");
  await coordinator.goto("/templates/new");
  await coordinator.getByLabel("Name").fill(name);
  await coordinator.getByLabel("Ceremony kind").selectOption("key_signing");
  const first = coordinator.getByTestId("requirement-0");
  await first.getByLabel("Role").selectOption("ceremony_administrator");
  await first.getByLabel("Minimum people").fill("1");
  await coordinator.getByRole("button", { name: "Add template" }).click();
  await expect(coordinator.getByRole("heading", { name })).toBeVisible();
  await coordinator.context().close();

  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/audit");
  await expect(page).toHaveTitle(/Audit trail/);
  await page.getByLabel("Action").selectOption({ label: "created a ceremony template" });
  await page.getByLabel("Actor (name or email contains)").fill("Maya Okafor");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=ceremony_template.create/);

  const event = page.locator(".audit-event").filter({ hasText: name });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText("Maya Okafor (coordinator@example.org) created a ceremony template");
  // The auditor lives in Oslo: the time reads in Oslo's zone, the exact UTC instant on hover.
  const time = event.locator("time");
  await expect(time).toHaveText(/^\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} GMT\+[12]$/);
  await expect(time).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} UTC$/);
  await expect(event.locator("dt", { hasText: /^Name$/ })).toHaveCount(1);
  await expect(event.locator("dd", { hasText: name })).toHaveCount(1);
  await expect(event).not.toContainText("{");

  // The export carries the same filter: exactly this event, with its chain hashes.
  const href = await page.getByRole("link", { name: "JSON lines" }).getAttribute("href");
  const exported = await page.request.get(href ?? "");
  expect(exported.status()).toBe(200);
  const lines = (await exported.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const mine = lines.filter((l) => l.details?.after?.name === name);
  expect(mine).toHaveLength(1);
  expect(mine[0].hash).toMatch(/^[0-9a-f]{64}$/);
  expect(lines.every((l) => l.action === "ceremony_template.create")).toBe(true);

  // Its subject's own events, then the subject's page by name.
  await event.getByRole("link", { name: "its events" }).click();
  await expect(page.getByLabel("Subject")).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Subject").locator("option:checked")).toHaveText(`This one: ${name}`);
  await page.locator(".audit-event").first().getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
});

test("a wrong date names the field, and the trail fits a phone without sideways scrolling", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/audit?from=2026-13-40");
  await expect(page.locator("#f-from-error")).toHaveText("Use a date like 2026-11-27.");
  await expect(page.getByLabel("From (Europe/Oslo)")).toHaveAttribute("aria-describedby", "f-from-error");
  await expect(page.getByText("Correct the highlighted filter to see events.")).toBeVisible();
  await page.goto("/audit");
  await expect(page.locator(".audit-event").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
