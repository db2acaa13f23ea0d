import { describe, expect, it } from "vitest";
import { chromiumPath, ensureChromium } from "./chromium";

describe("finding the browser before the browser tests", () => {
  it("uses Debian's Chromium unless CHROMIUM_PATH names another", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chromium/chrome" })).toBe("/opt/chromium/chrome");
  });

  it("goes on when the named browser exists", () => {
    expect(ensureChromium({ CHROMIUM_PATH: process.execPath })).toBeNull();
  });

  it("stops with the reason when the named browser does not exist, installing nothing", () => {
    expect(ensureChromium({ CHROMIUM_PATH: "/nowhere/chromium" })).toBe(
      "CHROMIUM_PATH names /nowhere/chromium, which does not exist.",
    );
  });
});
