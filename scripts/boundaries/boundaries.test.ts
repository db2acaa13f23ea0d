import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, readSources } from "./import-graph";
import { EXCEPTIONS, RULE_NAMES, SERVER_ONLY_RULE, violations } from "./rules";
import { SOURCE_DIRS } from "./source-dirs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const files = readSources(root, SOURCE_DIRS);
const { found, excused } = violations(files, (file) => importsOf(root, file));

describe("the layers of the tree", () => {
  it("reads the whole tree", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((file) => file.path === "lib/domain/quorum/evaluate.ts")).toBe(true);
  });

  for (const rule of RULE_NAMES) {
    it(`holds: ${rule}`, () => {
      const broken = found.filter((v) => v.rule === rule).map((v) => `${v.edge.from} -> ${v.edge.to}`);
      expect(broken).toEqual([]);
    });
  }

  it("lists no exception that is no longer needed", () => {
    const used = new Set(excused.map((v) => `${v.rule}|${v.edge.from}|${v.edge.to}`));
    expect(EXCEPTIONS.filter((e) => !used.has(`${e.rule}|${e.from}|${e.to}`))).toEqual([]);
  });
});

describe("the checker itself", () => {
  const check = (path: string, text: string) =>
    violations([{ path, text }], (file) => importsOf(root, file)).found.map((v) => v.rule);

  it("catches a page reaching for the database or a service", () => {
    expect(check("app/(app)/x/page.tsx", 'import { getRuntime } from "@/lib/runtime";')).toContain(
      "app reaches data through loaders, actions and route handlers",
    );
    expect(
      check("app/(app)/x/page.tsx", 'import { listCeremonies } from "@/lib/queries/planning/ceremony-list";'),
    ).toEqual(["app reaches data through loaders, actions and route handlers"]);
    expect(
      check(
        "app/(app)/x/page.tsx",
        'import type { CeremonyRow } from "@/lib/queries/planning/ceremony-list";',
      ),
    ).toEqual([]);
    expect(
      check("app/(app)/x/load.ts", 'import "server-only";\nimport { getRuntime } from "@/lib/runtime";'),
    ).toEqual([]);
  });

  it("catches a clock, Next or the database in the domain, and relative imports across layers", () => {
    expect(check("lib/domain/x.ts", "export const now = () => Date.now();")).toContain("domain is pure");
    expect(check("lib/domain/x.ts", "export const now = () => currentInstant();")).toContain(
      "domain is pure",
    );
    expect(check("lib/domain/x.ts", 'import { sql } from "drizzle-orm";')).toContain("domain is pure");
    expect(
      check("lib/domain/quorum/x.ts", 'import { recordAudit } from "../../audit/record-audit";'),
    ).toContain("domain is pure");
  });

  it("catches a server module that does not import server-only", () => {
    expect(check("lib/queries/x.ts", 'import { sql } from "drizzle-orm";')).toEqual([SERVER_ONLY_RULE]);
    expect(check("lib/queries/x.ts", 'import "server-only";\nimport { sql } from "drizzle-orm";')).toEqual(
      [],
    );
  });

  it("catches services importing actions and infrastructure importing services", () => {
    expect(check("lib/services/x/y.ts", 'import { managed } from "@/lib/actions/managed-action";')).toContain(
      "services never import actions, pages or components",
    );
    expect(
      check("lib/auth/x.ts", 'import { enqueueEmail } from "@/lib/services/mail/enqueue-email";'),
    ).toContain("infrastructure never imports services");
    expect(
      check("lib/queries/x.ts", 'import { saveFacility } from "@/lib/services/facilities/save-facility";'),
    ).toContain("queries only read");
  });
  it("catches a service or a query reading the clock, in its code but not its tests", () => {
    const service = (text: string) => check("lib/services/x/y.ts", `import "server-only";\n${text}`);
    const rule = "services and queries take now as a parameter";
    expect(service("const at = new Date();")).toEqual([rule]);
    expect(service("const at = Date.now();")).toEqual([rule]);
    expect(check("lib/queries/x.ts", 'import "server-only";\nconst at = currentInstant();')).toEqual([rule]);
    expect(service("const at = dateOf(now);\nconst then = new Date(now - 1);")).toEqual([]);
    expect(check("lib/services/x/y.test.ts", "const now = Date.now();")).toEqual([]);
    expect(check("lib/actions/run-action.ts", 'import "server-only";\nwork(currentInstant());')).toEqual([]);
  });

  it("catches a minute, an hour or a day in raw milliseconds outside lib/time, tests included", () => {
    const rule = "units of time come from lib/time";
    for (const text of [
      "const DAY = 86_400_000;",
      "const DAY = 86400000;",
      "const RECENT_MS = 24 * 3600_000;",
      "at + 3_600_000",
      "at + 3600000",
      "}, 60_000);",
      "const TTL = 15 * 60 * 1000;",
      "1000 * 3600",
    ]) {
      expect(check("lib/services/x/y.test.ts", text), text).toEqual([rule]);
      expect(check("e2e/x.spec.ts", text), text).toEqual([rule]);
    }
    for (const text of [
      "const TEN_MINUTES = 600_000;",
      "60_000_000",
      "7_202_004",
      "seconds * 1000",
      "1.60000",
    ])
      expect(check("lib/services/x/y.test.ts", text), text).toEqual([]);
    expect(check("lib/time/civil-date.ts", "export const MS_PER_DAY = 86_400_000;")).toEqual([]);
  });
});
