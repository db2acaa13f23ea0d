import { expect, test } from "@playwright/test";
import { readLatestLink, redeemLink, requestLink, signedInPage } from "./fixtures";

test.describe.configure({ mode: "serial" });

let usedLink = "";

test("a coordinator signs in with the link from the mailbox and sees the dashboard", async ({ page }) => {
  usedLink = await requestLink(page, "coordinator@example.org");
  // Opening the link (as a mail scanner would) does not use it up: it only shows the confirmation page.
  await page.goto(usedLink);
  await redeemLink(page, usedLink);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Next ceremonies" })).toBeVisible();
  await expect(page.getByText("Key Management Facility East").first()).toBeVisible();
  await expect(page.getByTestId("next-KC62").getByRole("link", { name: "KC62" })).toBeVisible();
});

test("a used link is refused", async ({ page }) => {
  await redeemLink(page, usedLink);
  await expect(page).toHaveURL(/\/signin\/error/);
  await expect(page.locator(".notice.bad")).toContainText("already been used");
});

test("a TCR signs in, lands on their own dashboard and is refused coordinator pages by the server", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "co-east-1@example.org");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Waiting for your answer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Runway" })).toHaveCount(0);
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "My credential seats" })).toBeVisible();
  await expect(page.getByText("CO-EAST 1")).toBeVisible();
  for (const path of ["/audit", "/people"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await page.context().close();
});

test("an unknown address gets the same answer and no mail", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill("stranger@example.net");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto("/dev/mailbox?to=stranger%40example.net");
  await expect(page.getByText("No messages yet")).toBeVisible();
});

test("a malformed address is answered on the field", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toContainText("valid email address");
});

test("a tampered session cookie is not a session", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: "authjs.session-token", value: "forged-token", url: baseURL as string }]);
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await context.close();
});

test("a POST from a foreign origin is refused", async ({ request }) => {
  const response = await request.post("/api/auth/callback/email?token=x&email=a%40example.org", {
    headers: { origin: "https://attacker.example" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("another site");
});

test("an oversized request body is refused before it is read", async ({ request }) => {
  const response = await request.post("/api/auth/callback/email?token=x&email=a%40example.org", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `pad=${"x".repeat(64 * 1024)}`,
  });
  expect(response.status()).toBe(413);
});

test("signing out ends the session on the server", async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, "ca-east@example.org");
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "authjs.session-token");
  expect(cookie).toBeTruthy();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies([
    { name: "authjs.session-token", value: cookie?.value as string, url: baseURL as string },
  ]);
  const again = await replay.newPage();
  await again.goto("/dashboard");
  await expect(again).toHaveURL(/\/signin/);
  await replay.close();
});

test("the auditor sees these events on a verified audit trail", async ({ browser }) => {
  const page = await signedInPage(browser, "auditor@example.org");
  await page.goto("/audit");
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verified");
  for (const action of [
    "auth.signed_in",
    "auth.sign_in_requested",
    "auth.link_refused",
    "auth.access_denied",
    "auth.foreign_origin_refused",
    "auth.signed_out",
  ]) {
    await expect(page.locator(".audit-action", { hasText: new RegExp(`^${action}$`) }).first()).toBeVisible();
  }
  await page.goto("/audit?action=auth.access_denied");
  await expect(
    page.locator(".audit-event", { hasText: "(co-east-1@example.org) was refused access" }).first(),
  ).toBeVisible();
  await page.goto("/audit?from=yesterday");
  await expect(page.getByText("Use a date like")).toBeVisible();
});

test("the sign-in link mail names its lifetime", async ({ page }) => {
  await requestLink(page, "auditor@example.org");
  await readLatestLink(page, "auditor@example.org");
  await expect(page.getByTestId("mail-text")).toContainText("expires in 10 minutes");
});
