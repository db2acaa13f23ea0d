import { type Browser, expect, type Page, test } from "@playwright/test";
import { MS_PER_DAY } from "../lib/time/civil-date";
import { signedInPage } from "./fixtures";

// Coordinator management pages. Everything created here carries a unique stamp, and restrictions point
// at a country with no facility (FR, IT), so no other spec's ceremonies or verdicts move.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const day = (offset: number) => new Date(Date.now() + offset * MS_PER_DAY).toISOString().slice(0, 10);

let coordinator: Page;
test.beforeAll(async ({ browser }: { browser: Browser }) => {
  coordinator = await signedInPage(browser, "coordinator@example.org");
});
test.afterAll(async () => {
  await coordinator.context().close();
});

test("a coordinator creates a travel restriction, with errors shown on the field first", async () => {
  const page = coordinator;
  await page.goto("/restrictions/new");
  const form = page.locator("#restriction");
  await form.getByLabel("Travellers from").fill("United Kingdom (GB)");
  await form.getByLabel("Entering").fill("FR");
  await form.getByLabel("Kind").selectOption("entry_ban");
  await form.getByLabel("Quarantine days").fill("5");
  await form.getByLabel("First day").fill(day(0));
  await form.getByLabel("Last day").fill(day(30));
  await form.getByLabel("Note").fill(`e2e form ${stamp}`);
  await page.getByRole("button", { name: "Add restriction" }).click();
  await expect(page.locator("#field-restriction-days-error")).toContainText("no quarantine days");
  await form.getByLabel("Kind").selectOption("quarantine");
  await page.getByRole("button", { name: "Add restriction" }).click();
  await expect(
    page.getByRole("heading", {
      name: `From United Kingdom to France: quarantine 5 days, ${day(0)} to ${day(30)}`,
    }),
  ).toBeVisible();
  await page.goto("/restrictions");
  await expect(page.getByRole("region", { name: /Active now/ })).toContainText(`e2e form ${stamp}`);
});

test("a CSV with one bad row imports nothing and names the line; a good one imports every row", async () => {
  const page = coordinator;
  const header = "from,to,kind,start,end,days,exempt,note";
  const good = `*,IT,entry_ban,${day(10)},${day(40)},,"US;CA",e2e csv ${stamp} a`;
  const bad = `GB,IT,curfew,${day(10)},${day(40)},,,e2e csv ${stamp} b`;
  await page.goto("/restrictions/import");
  await page.getByLabel("…or paste the CSV").fill([header, good, bad].join("\n"));
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByRole("alert").first()).toContainText("nothing was imported");
  await expect(page.locator("ul.notice.bad")).toContainText("line 3: kind:");
  await page.goto("/restrictions");
  await expect(page.getByText(`e2e csv ${stamp} a`)).toHaveCount(0);

  await page.goto("/restrictions/import");
  const second = `IT,IT,quarantine,${day(10)},${day(20)},14,,e2e csv ${stamp} b`;
  await page.getByLabel("…or paste the CSV").fill([header, good, second].join("\r\n"));
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText("Imported 2 restrictions.")).toBeVisible();
  await page.goto("/restrictions");
  const upcoming = page.getByRole("region", { name: /Upcoming/ });
  await expect(upcoming).toContainText(`e2e csv ${stamp} a`);
  await expect(upcoming).toContainText(`e2e csv ${stamp} b`);
});

test("a coordinator creates a template and edits its requirements", async () => {
  const page = coordinator;
  const name = `E2E key signing ${stamp}`;
  await page.goto("/templates/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Ceremony kind").selectOption("key_signing");
  const first = page.getByTestId("requirement-0");
  await first.getByLabel("Role").selectOption("crypto_officer");
  await first.getByLabel("Credential set").selectOption({ label: "CO-EAST (KMF-EAST, 3 of 7)" });
  await first.getByLabel("Minimum people").fill("");
  await page.getByRole("button", { name: "Add template" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Requirements" })).toContainText(
    "7 × crypto officer from CO-EAST",
  );

  await page.getByTestId("requirement-0").getByLabel("Minimum people").fill("2");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  await page.getByTestId("requirement-1").getByLabel("Role").selectOption("ceremony_administrator");
  await page.getByTestId("requirement-1").getByLabel("Minimum people").fill("1");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Template saved.")).toBeVisible();
  await expect(page.locator(".notice.warn")).toContainText("the HSM needs 3 of 7");
  const needs = page.getByRole("region", { name: "Requirements" });
  await expect(needs).toContainText("2 × crypto officer from CO-EAST");
  await expect(needs).toContainText("1 × ceremony administrator");
});

async function invite(page: Page, who: string) {
  await page.goto("/people/new");
  await page.getByLabel("Email address").fill(`${who}-${stamp}@example.org`);
  await page.getByLabel("Name").fill(`${who} ${stamp}`);
  await page.getByLabel("Home country").fill("DE");
  await page.getByLabel("Time zone").fill("Europe/Berlin");
  await page.getByLabel("crypto officer").check();
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("No email was sent")).toBeVisible();
}

test("a coordinator promotes a backup crypto officer while retiring an active one", async () => {
  const page = coordinator;
  await invite(page, "officer");
  await invite(page, "backup");
  await page.goto("/facilities");
  await page.getByRole("link", { name: "KMF-WEST" }).click();
  const setForm = page.locator("#new-set");
  await setForm.getByLabel("Code").fill(`E2E-${stamp}`);
  await setForm.getByLabel("Name").fill(`E2E officers ${stamp}`);
  await setForm.getByLabel("Threshold m").fill("1");
  await setForm.getByLabel("Size n").fill("1");
  await page.getByRole("button", { name: "Add credential set" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`E2E-${stamp}`, "i") })).toBeVisible();

  const addSeat = async (who: string, label: string, status: string) => {
    const form = page.locator("#add-seat");
    await form.getByLabel("Holder").selectOption({ label: `${who} ${stamp} (${who}-${stamp}@example.org)` });
    await form.getByLabel("Seat label").fill(label);
    await form.getByLabel("Status").selectOption(status);
    await page.getByRole("button", { name: "Add seat" }).click();
    await expect(page.getByTestId(`seat-${label}`)).toBeVisible();
  };
  await addSeat("officer", "E2E 1", "active");
  await addSeat("backup", "E2E backup 1", "backup");

  const promote = page.locator("#promote");
  await promote
    .getByLabel("Backup seat to make active")
    .selectOption({ label: `E2E backup 1 (backup ${stamp})` });
  await page.getByRole("button", { name: "Promote backup" }).click();
  await expect(page.locator("#field-promote-retireSeatId-error")).toContainText("choose one to retire");
  await promote.getByLabel("Active seat to retire").selectOption({ label: `E2E 1 (officer ${stamp})` });
  await page.getByRole("button", { name: "Promote backup" }).click();
  await expect(page.getByTestId("seat-E2E 1").getByRole("combobox")).toHaveValue("retired");
  await expect(page.getByTestId("seat-E2E backup 1").getByRole("combobox")).toHaveValue("active");
});

test("an auditor sees the management pages read-only and the server refuses the create pages", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "auditor@example.org");
  for (const path of ["/people", "/facilities", "/restrictions", "/templates"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(
      page.locator("main").getByRole("button", { name: /Add|Invite|Save|Promote|Import/ }),
    ).toHaveCount(0);
    await expect(page.locator("main").getByRole("link", { name: /Add|Invite|New|Import/ })).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Travel restrictions" }).click();
  await page
    .getByRole("link", { name: /From United Kingdom to France/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Save restriction" })).toHaveCount(0);
  for (const path of [
    "/people/new",
    "/restrictions/new",
    "/restrictions/import",
    "/templates/new",
    "/facilities/new",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await page.context().close();
});

test("a TCR is refused the people pages by the server", async ({ browser }) => {
  const page = await signedInPage(browser, "co-east-1@example.org");
  for (const path of ["/people/new", "/people"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  await page.context().close();
});
