import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The browser every Playwright run uses: Debian's Chromium unless CHROMIUM_PATH names another. */
type Env = Readonly<Record<string, string | undefined>>;

export const chromiumPath = (env: Env = process.env) => env.CHROMIUM_PATH || "/usr/bin/chromium";

const INSTALL = "apt-get install -y chromium";

const hasApt = () => spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;

/**
 * Finds the browser before any test runs. When it is missing and this process may install Debian
 * packages (root with apt), installs Debian's `chromium`; otherwise stops at once with the one
 * command to run. Returns a message for the person, or null when the browser is there.
 */
export function ensureChromium(env: Env = process.env): string | null {
  const path = chromiumPath(env);
  if (existsSync(path)) return null;
  if (env.CHROMIUM_PATH) return `CHROMIUM_PATH names ${path}, which does not exist.`;
  if (process.getuid?.() !== 0 || !hasApt()) {
    return `The browser tests need Debian's Chromium at ${path}. Install it with:\n  sudo ${INSTALL}`;
  }
  console.log(`Chromium is missing: installing Debian's package (${INSTALL}) ...`);
  const shell = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL} -qq`;
  const installed = spawnSync("sh", ["-c", shell], { stdio: "inherit" }).status === 0;
  if (installed && existsSync(path)) return null;
  return `Installing Chromium failed (see above). Run it yourself:\n  ${INSTALL}`;
}
