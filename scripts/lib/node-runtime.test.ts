import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies: Record<string, string>;
  engines: { node: string };
};

describe("the Node every script runs on", () => {
  it("is the one npm ci brings (the pinned node package), whatever the system Node is", () => {
    expect(process.version).toBe(`v${manifest.dependencies.node}`);
  });

  it("is a Node 24 LTS release, which the engines field states", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
    expect(manifest.engines.node).toBe(">=24.11");
  });
});
