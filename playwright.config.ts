import { defineConfig } from "@playwright/test";
import { MS_PER_MINUTE } from "./lib/time/instant";
import { chromiumPath } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

// e2e runs against the production build on a fresh embedded database with the dev mailbox on.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: MS_PER_MINUTE,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node --import tsx --import ./scripts/lib/outside-next.mjs scripts/start.ts",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: ".data/e2e-pglite",
      FRESH_DATA: "1",
      DEV_MAILBOX: "1",
      // Every spec signs people in through the real link flow, all from 127.0.0.1.
      SIGNIN_LIMIT_PER_ADDRESS: "100",
      SIGNIN_LIMIT_PER_IP: "1000",
      DATABASE_URL: "",
      RESEND_API_KEY: "",
    },
  },
});
