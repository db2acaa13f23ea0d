import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { MS_PER_MINUTE } from "./lib/time/instant";

// Unit tests run in a non-whole-hour zone so that any date math that forgets its zone fails.
process.env.TZ = "Asia/Kathmandu";
// Sealed outbox fields and checkpoint keys derive from it; a run outside `npm test` still needs one.
process.env.AUTH_SECRET ??= "vitest-only-secret-0123456789abcdef";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // As on Next's server and in every script (scripts/lib/outside-next.mjs): tests run server code.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", "security/**", ".next/**", ".data/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: MS_PER_MINUTE,
    pool: "forks",
  },
});
