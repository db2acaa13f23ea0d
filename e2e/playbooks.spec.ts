import { type Browser, expect, type Page, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

// Playbooks: the shipped ladders, a copy edited as JSON, and read-only access for an auditor. The copy
// carries a unique stamp and is never made the default, so no other spec's workflows move.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const ROOT = "Root KSK style (high assurance)";
const SHIPPED = [ROOT, "TLD or enterprise (medium assurance)", "Internal PKI (low assurance)"];
const ROOT_OPTIONS = [
  "Call backup TCRs",
  "Move the date or facility",
  "Credential surrogates",
  "Staff-only ceremony with remote TCR witnessing",
  "Extend the runway",
];

let coordinator: Page;
let copyUrl = "";
test.beforeAll(async ({ browser }: { browser: Browser }) => {
  coordinator = await signedInPage(browser, "coordinator@example.org");
});
test.afterAll(async () => {
  await coordinator.context().close();
});

test("a coordinator reads the shipped playbooks and the root KSK ladder in order", async () => {
  const page = coordinator;
  await page.goto("/playbooks");
  await expect(page.getByRole("heading", { name: "Playbooks", level: 1 })).toBeVisible();
  const rows = page.getByTestId("playbook-row");
  for (const name of SHIPPED) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expect(rows.filter({ hasText: ROOT })).toContainText(
    "high assurance · 5 options · escalates every 4 h",
  );
  await expect(rows.filter({ hasText: "default" })).toHaveCount(1);

  await page.getByRole("link", { name: ROOT }).click();
  await expect(page.getByRole("heading", { name: ROOT, level: 1 })).toBeVisible();
  const options = page.getByTestId("playbook-options").getByRole("heading", { level: 3 });
  await expect(options).toHaveText(ROOT_OPTIONS.map((title, i) => `${i + 1}. ${title}`));
  await expect(page.getByText("Approval before it starts: 2 of coordinator.").first()).toBeVisible();
  await expect(page.getByTestId("playbook-options")).toContainText("24 h after the trigger");
  await expect(page.getByTestId("playbook-options")).toContainText("14 days before the deadline");
  await expect(page.getByTestId("escalation-levels")).toContainText(
    "after 4 h: ceremony administrator, safe security controller",
  );
  await expect(page.getByText("never changes a workflow already running")).toBeVisible();
  await expect(page.getByLabel("Definition (JSON)")).toHaveValue(/"title": "Call backup TCRs"/);
});

test("a coordinator saves the contingency settings unchanged", async () => {
  const page = coordinator;
  await page.goto("/playbooks");
  await page.getByText("Change the settings").click();
  const form = page.locator("#contingency-settings");
  const days = await form.getByLabel("Coverage threshold (days)").inputValue();
  await form.getByLabel("Coverage threshold (days)").fill("0");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#field-contingency-settings-coverageThresholdDays-error")).toContainText(
    "At least 1",
  );
  await form.getByLabel("Coverage threshold (days)").fill(days);
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText(`coverage workflows open ${days} days before`)).toBeVisible();
});

test("a coordinator copies the low-assurance template, breaks its JSON, sees the path, fixes it", async () => {
  const page = coordinator;
  const name = `E2E internal CA ${stamp}`;
  await page.goto("/playbooks");
  await page.getByRole("link", { name: "New playbook" }).click();
  await page.getByLabel("Start from").selectOption("Internal PKI (low assurance)");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create playbook" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId("playbook-options").getByRole("heading", { level: 3 })).toHaveText([
    "1. Reschedule",
    "2. Remote ceremony",
  ]);

  const editor = page.getByLabel("Definition (JSON)");
  const json = await editor.inputValue();
  await editor.fill(json.replace('"ownerRole": "system_administrator"', '"ownerRole": "janitor"'));
  await page.getByRole("button", { name: "Save playbook" }).click();
  await expect(page.locator("#field-playbook-definition-error")).toContainText(
    "At options.1.steps.0.ownerRole: Choose who owns the step.",
  );
  // What was typed stays, so the fix is one word.
  await expect(editor).toHaveValue(/"ownerRole": "janitor"/);

  await editor.fill((await editor.inputValue()).replace('"janitor"', '"internal_witness"'));
  await page.getByRole("button", { name: "Save playbook" }).click();
  await expect(page.getByText("Playbook saved as version 2.")).toBeVisible();
  await expect(page.getByText(/low assurance · version 2/)).toBeVisible();
  copyUrl = page.url();
  const recordStep = page.getByTestId("playbook-step").filter({ hasText: "Record the session" });
  await expect(recordStep).toContainText("internal witness");
  await expect(recordStep).toContainText("24 h after the deadline");

  await page.goto("/playbooks");
  await expect(page.getByTestId("playbook-row").filter({ hasText: name })).toContainText(
    "low assurance · 2 options · escalates every 24 h",
  );
});

test("a stale edit is refused with the saved values, and saves again from them", async () => {
  const page = coordinator;
  const other = await page.context().newPage();
  await page.goto(copyUrl);
  await other.goto(copyUrl);
  const renamed = `E2E internal CA ${stamp} renamed`;
  await other.getByLabel("Name").fill(renamed);
  await other.getByRole("button", { name: "Save playbook" }).click();
  await expect(other.getByText("Playbook saved as version 3.")).toBeVisible();
  await other.close();

  const editor = page.getByLabel("Definition (JSON)");
  await editor.fill((await editor.inputValue()).replace('"escalationHours": 24', '"escalationHours": 12'));
  await page.getByRole("button", { name: "Save playbook" }).click();
  await expect(page.locator("#playbook p.notice.bad")).toContainText("changed by someone else");
  await expect(page.getByTestId("current-values")).toContainText(renamed);
  await page.getByRole("button", { name: "Replace my text with the saved definition" }).click();
  await expect(editor).toHaveValue(/"escalationHours": 24/);
  await page.getByLabel("Name").fill(renamed);
  await page.getByRole("button", { name: "Save playbook" }).click();
  await expect(page.getByText("Playbook saved as version 4.")).toBeVisible();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();
});

test("an auditor reads playbooks but has no editor, settings form or new-playbook action", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/playbooks");
  for (const name of SHIPPED) await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("link", { name: "New playbook" })).toHaveCount(0);
  await expect(page.getByTestId("contingency-settings")).toBeVisible();
  await expect(page.getByText("Change the settings")).toHaveCount(0);
  await page.getByRole("link", { name: ROOT }).click();
  await expect(page.getByTestId("playbook-options").getByRole("heading", { level: 3 })).toHaveCount(5);
  await expect(page.getByLabel("Definition (JSON)")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save playbook" })).toHaveCount(0);
  await page.context().close();
});
