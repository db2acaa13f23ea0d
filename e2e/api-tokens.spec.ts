import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures";

// A coordinator makes a personal API token, reads /api/coverage and /metrics with it, revokes it, and
// both then refuse it. A session cookie alone never opens them.
test("a personal API token opens /api/coverage and /metrics until it is revoked", async ({ browser }) => {
  const page = await signedInPage(browser, "coordinator@example.org");
  const name = `e2e token ${Date.now().toString(36)}`;
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = ((await page.getByTestId("new-token").textContent()) ?? "").trim();
  expect(token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(`curl -H "Authorization: Bearer ${token}"`, { exact: false })).toBeVisible();

  const bearer = { authorization: `Bearer ${token}` };
  const coverage = await page.request.get("/api/coverage", { headers: bearer });
  expect(coverage.status()).toBe(200);
  expect(await coverage.json()).toMatchObject({
    state: expect.any(String),
    now: expect.stringMatching(/Z$/),
  });
  const metrics = await page.request.get("/metrics", { headers: bearer });
  expect(metrics.status()).toBe(200);
  expect(metrics.headers()["content-type"]).toContain("text/plain; version=0.0.4");
  expect(await metrics.text()).toContain("# TYPE ceremony_desk_coverage_seconds_left gauge");

  for (const path of ["/api/coverage", "/metrics"]) {
    const anonymous = await page.request.get(path, { maxRedirects: 0 });
    expect(anonymous.status(), path).toBe(401);
    expect(anonymous.headers()["www-authenticate"]).toContain("Bearer");
  }

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");

  for (const path of ["/api/coverage", "/metrics"]) {
    const refused = await page.request.get(path, { headers: bearer, maxRedirects: 0 });
    expect(refused.status(), path).toBe(401);
  }
  await page.context().close();
});
