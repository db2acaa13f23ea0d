import { expect, test } from "@playwright/test";
import { SIGN_IN_LIMITS } from "../lib/auth/session-limits";
import { env, externalAddress, raw, residentMiB } from "./harness";
import { askForLink, expectLinkSent, mailboxLink, redeem } from "./sign-in-page";

// Attacks on `npm start` as a newcomer runs it: embedded database, no mail provider.
const origin = () => env("SECURITY_LOCAL");
const port = () => Number(env("SECURITY_LOCAL_PORT"));
const SIGN_IN_WINDOW_MS = SIGN_IN_LIMITS.perIp.windowSeconds * 1000;

test("the default start listens on this machine only, so nobody else reaches the mailbox", async () => {
  await expect(raw({ host: externalAddress(), port: port() }, "/dev/mailbox")).rejects.toMatchObject({
    code: "ECONNREFUSED",
  });
  const local = await raw({ port: port() }, "/dev/mailbox", { headers: { host: `localhost:${port()}` } });
  expect(local.status).toBe(200);
});

test("a page under another host name (DNS rebinding, a forged Host) cannot read the mailbox or sign in", async () => {
  const mailbox = await raw({ port: port() }, "/dev/mailbox", { headers: { host: "evil.example" } });
  expect(mailbox.status).toBe(308);
  expect(mailbox.headers.location).toBe(`${origin()}/dev/mailbox`);
  expect(mailbox.body).not.toContain("sign-in link");
  const signIn = await raw({ port: port() }, "/signin", {
    method: "POST",
    headers: { host: "evil.example", "content-type": "text/plain", "content-length": "2" },
    body: "{}",
  });
  expect(signIn.status).toBe(421);
});

test("a sign-in link carries the public origin whatever X-Forwarded-Host and -Proto claim", async ({
  browser,
}) => {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
  const page = await context.newPage();
  const before = await askForLink(page, origin(), "auditor@example.org", true);
  await expectLinkSent(page);
  const link = await mailboxLink(page, origin(), "auditor@example.org", before);
  expect(link.startsWith(`${origin()}/signin/confirm?`)).toBe(true);
  await redeem(page, link);
  await context.close();
});

test("eight parallel 11 MiB anonymous posts are refused before they are read", async () => {
  const body = Buffer.alloc(11 * 1024 * 1024, 120);
  const pid = Number(env("SECURITY_LOCAL_PID"));
  const before = residentMiB(pid);
  const answers = await Promise.all(
    Array.from({ length: 8 }, () =>
      raw({ port: port() }, "/signin", {
        method: "POST",
        headers: {
          host: `localhost:${port()}`,
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(body.length),
        },
        body,
      }).catch((error: NodeJS.ErrnoException) => ({
        status: error.code === "EPIPE" || error.code === "ECONNRESET" ? 413 : 0,
        body: "",
      })),
    ),
  );
  const after = residentMiB(pid);
  console.log(
    `[security] resident memory of the server: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after 8 x 11 MiB posts`,
  );
  expect(answers.map((a) => a.status)).toEqual(Array(8).fill(413));
  expect(after - before).toBeLessThan(64);
});

test("forged session cookies are counted, and audited once per client address", async ({ browser }) => {
  for (let i = 0; i < 100; i++) {
    const answer = await raw({ port: port() }, "/dashboard", {
      headers: { host: `localhost:${port()}`, cookie: `authjs.session-token=forged-${i}-0123456789abcdef` },
    });
    expect([307, 303, 302]).toContain(answer.status);
  }
  const auditor = await browser.newPage();
  const before = await askForLink(auditor, origin(), "auditor@example.org", true);
  await redeem(auditor, await mailboxLink(auditor, origin(), "auditor@example.org", before));
  await auditor.goto(`${origin()}/audit?action=auth.session_rejected`);
  await expect(auditor.locator(".audit-event")).toHaveCount(1);
});

test("a forged X-Forwarded-For neither dodges the per-client limit nor reaches the audit trail", async ({
  browser,
}) => {
  // The limit counts in fixed windows of the clock (lib/auth/session-limits): a test that straddled a
  // window's end would see the count start again and be refused late. Start where it cannot.
  test.setTimeout(240_000);
  const left = SIGN_IN_WINDOW_MS - (Date.now() % SIGN_IN_WINDOW_MS);
  if (left < 120_000) await new Promise((resolve) => setTimeout(resolve, left + 1000));
  const auditor = await browser.newPage();
  const before = await askForLink(auditor, origin(), "auditor@example.org", true);
  await redeem(auditor, await mailboxLink(auditor, origin(), "auditor@example.org", before));
  const context = await browser.newContext();
  const page = await context.newPage();
  let refusedAt = -1;
  for (let i = 0; i < 32 && refusedAt < 0; i++) {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `6.6.6.${i}`, "x-real-ip": `7.7.7.${i}` });
    await askForLink(page, origin(), `flood-${i}@example.org`);
    await page.waitForLoadState("networkidle");
    if (await page.getByText("Too many sign-in requests").isVisible()) refusedAt = i;
  }
  // The auditor's link here, and another test's unless a window began since: 30 per client in all.
  expect(refusedAt).toBeGreaterThan(20);
  expect(refusedAt).toBeLessThan(30);
  await auditor.goto(`${origin()}/audit?action=auth.sign_in`);
  const trail = (await auditor.locator(".audit-events").textContent()) ?? "";
  expect(trail).toContain("127.0.0.1");
  expect(trail).not.toMatch(/6\.6\.6\.|7\.7\.7\./);
  await context.close();
});
