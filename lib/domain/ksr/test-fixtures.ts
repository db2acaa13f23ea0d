import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Tests only: the real IANA documents copied into fixtures/iana/ (the domain code never reads files).
export function fixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/iana/${name}`, import.meta.url)));
}
