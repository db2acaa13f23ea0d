// The layer rules of the tree, checked by `boundaries.test.ts` (a part of `npm test`) and counted by
// `npm run -s boundaries`. Each rule names the files it governs, what they may not import, and why.
// A deliberate exception is listed in EXCEPTIONS below, with its reason, and nowhere else.
import type { ImportEdge, SourceFile } from "./import-graph";

export interface Rule {
  name: string;
  why: string;
  governs: (path: string) => boolean;
  forbids: (edge: ImportEdge) => boolean;
}

export interface Exception {
  rule: string;
  from: string;
  to: string;
  reason: string;
}

const under =
  (...prefixes: string[]) =>
  (path: string) =>
    prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Tests, and what only tests use: fixtures, builders, arbitraries and set-up helpers all live in lib/testing. */
export const isTest = (path: string) =>
  /\.test\.tsx?$/.test(path) || under("e2e", "security", "bench", "lib/testing")(path);

/**
 * Where a request, a job or a command starts: a segment's loader and actions, route handlers and the
 * wrappers they share, the session guard, job handlers, the demo seed and scripts. Only these open the
 * runtime and call both queries and services.
 */
const isEntry = (path: string) =>
  (under("app")(path) && isAppEntry(path)) ||
  under("lib/actions", "lib/routes", "lib/jobs", "db/seed", "scripts")(path) ||
  ["lib/auth/guard.ts", "lib/auth/index.ts", "instrumentation.ts", "proxy.ts"].includes(path);

const DATABASE_PACKAGES = new Set(["drizzle-orm", "postgres", "@electric-sql/pglite", "pg-boss"]);
const INFRASTRUCTURE_PACKAGES = new Set([
  ...DATABASE_PACKAGES,
  "next",
  "next-auth",
  "@auth/core",
  "react",
  "react-dom",
  "resend",
  "@react-email/components",
  "@react-email/render",
  "ical-generator",
  "node:fs",
  "node:net",
  "node:http",
  "node:child_process",
  "server-only",
]);

const isDatabase = (to: string) => under("db")(to) || DATABASE_PACKAGES.has(to);
/** The composition root: opens the database and the queue; entry points hand it to queries and services. */
const isRuntime = (to: string) => to === "lib/runtime.ts";
const isUi = under("app", "emails", "lib/actions");
/** Email templates' props are the contract of a message; importing their types renders nothing. */
const isUiCode = ({ to, typeOnly }: ImportEdge) => isUi(to) && !(typeOnly && under("emails")(to));
const isService = under("lib/services");
const isJobHandler = under("lib/jobs");
/** The files of app/ allowed to reach data: a segment's loader, its actions, route handlers. */
function isAppEntry(path: string) {
  return /(^|\/)(load|actions|route)\.tsx?$/.test(path);
}

export const RULES: Rule[] = [
  {
    name: "domain is pure",
    why: "lib/domain holds the rules: no database, Next, React, mail, files or other layers",
    governs: under("lib/domain"),
    forbids: ({ to }) =>
      INFRASTRUCTURE_PACKAGES.has(to) ||
      under("db", "app", "emails")(to) ||
      (under("lib")(to) && !under("lib/domain", "lib/time")(to) && to !== "lib/group-by.ts"),
  },
  {
    name: "only queries and services touch the database",
    why: "reads live in lib/queries and writes in lib/services; below them only the audit chain, the queue and the rate limits write rows, inside the caller's transaction",
    governs: (path) =>
      !under(
        "lib/queries",
        "lib/services",
        "lib/audit",
        "lib/queue",
        "lib/limits",
        "db",
        "scripts",
        "lib/runtime.ts",
      )(path),
    forbids: ({ to, typeOnly }) => !typeOnly && isDatabase(to),
  },
  {
    name: "only entry points open the runtime",
    why: "loaders, actions, route handlers, jobs and scripts pass the database on; nothing below reaches for it",
    governs: (path) => !isEntry(path),
    forbids: ({ to, typeOnly }) => !typeOnly && isRuntime(to),
  },
  {
    name: "app reaches data through loaders, actions and route handlers",
    why: "a page awaits its segment's load.ts and renders; components receive plain values",
    governs: (path) => under("app")(path) && !isAppEntry(path),
    forbids: ({ to, typeOnly }) =>
      isDatabase(to) ||
      isRuntime(to) ||
      under("lib/jobs", "lib/queue")(to) ||
      (!typeOnly && under("lib/queries", "lib/services")(to)),
  },
  {
    name: "services never import actions, pages or components",
    why: "a service is called by actions, routes, jobs and CLIs alike; the UI depends on it, not back",
    governs: isService,
    forbids: (edge) => isUiCode(edge) || isJobHandler(edge.to),
  },
  {
    name: "queries only read",
    why: "a query may not call a write, an action or a job",
    governs: under("lib/queries"),
    forbids: (edge) =>
      isService(edge.to) || isUiCode(edge) || under("lib/jobs")(edge.to) || edge.to === "lib/queue/boss.ts",
  },
  {
    name: "only tests use test helpers",
    why: "fixtures and builders are not part of the app",
    governs: () => true,
    forbids: ({ to }) => isTest(to),
  },
  {
    name: "infrastructure never imports services",
    why: "auth, mail, queue set-up, HTTP edge and the database sit below the services",
    governs: (path) =>
      under(
        "lib/auth",
        "lib/mail",
        "lib/edge",
        "lib/http",
        "lib/audit",
        "lib/queue",
        "lib/validation",
        "db",
      )(path) && !isEntry(path),
    forbids: (edge) =>
      isService(edge.to) ||
      isJobHandler(edge.to) ||
      (isUiCode(edge) && !(edge.from.startsWith("lib/mail/") && under("emails")(edge.to))),
  },
];

/**
 * Modules that run only on the server (database, queue, secrets, mail, the edge, loaders): each imports
 * "server-only", so Next's client build fails if a component ever pulls one into the browser.
 */
export const isServerModule = (path: string) =>
  under(
    "lib/queries",
    "lib/services",
    "lib/audit",
    "lib/queue",
    "lib/limits",
    "lib/jobs",
    "lib/routes",
    "lib/mail",
    "lib/secrets",
    "lib/metrics",
    "lib/edge",
    "lib/runtime.ts",
    "db/client.ts",
    "db/rows.ts",
    "lib/auth/guard.ts",
    "lib/auth/index.ts",
    "lib/auth/adapter.ts",
    "lib/actions/managed-action.ts",
    "lib/actions/run-action.ts",
    "lib/actions/form-files.ts",
  )(path) || /^app\/.*\/load\.ts$/.test(path);

export const SERVER_ONLY_RULE = "server modules import server-only";

/** Text that reads the clock: `Date.now()`, `new Date()` or lib/time's one clock function. */
export const CLOCK = /\bDate\.now\(\)|\bnew Date\(\)|\bcurrentInstant\(\)/;

/**
 * A minute, an hour or a day spelled out in milliseconds, however its digits are grouped (60_000, 3600000,
 * 3600_000, 86_400_000), or as seconds times a thousand (`60 * 1000`, `1000 * 3600`). Neighbouring digits,
 * letters or a decimal point make another number (600_000, 60_000_000, 1.60000), which is not matched.
 */
export const RAW_MS =
  /(?<![\w.])(?:60_?000|3_?600_?000|86_?400_?000|(?:60|3_?600|86_?400)\s*\*\s*1_?000|1_?000\s*\*\s*(?:60|3_?600|86_?400))(?![\w.])/;

export interface TextRule {
  name: string;
  why: string;
  governs: (path: string) => boolean;
  forbids: RegExp;
  /** What a match is called in a report. */
  what: string;
}

/** Rules on what a file's text says rather than what it imports; tests are governed where they say so. */
export const TEXT_RULES: TextRule[] = [
  {
    name: "domain is pure",
    why: "the rules take now as a parameter",
    governs: (path) => under("lib/domain")(path) && !isTest(path),
    forbids: CLOCK,
    what: "the clock",
  },
  {
    name: "services and queries take now as a parameter",
    why: "the clock is read once where a request, job or command starts and passed on, so a test or a replay can say when",
    governs: (path) => under("lib/services", "lib/queries")(path) && !isTest(path),
    forbids: CLOCK,
    what: "the clock",
  },
  {
    name: "units of time come from lib/time",
    why: "MS_PER_MINUTE, MS_PER_HOUR and MS_PER_DAY name what a raw 60_000, 3_600_000 or 86_400_000 hides; tests included",
    // The rule's own definition and its test quote the constants they catch.
    governs: (path) => !under("lib/time", "scripts/boundaries")(path),
    forbids: RAW_MS,
    what: "a raw millisecond constant",
  },
];

/** Every rule by name, as the report and the test list them. */
export const RULE_NAMES = [
  ...new Set([...RULES.map((rule) => rule.name), ...TEXT_RULES.map((rule) => rule.name)]),
  SERVER_ONLY_RULE,
];

export const EXCEPTIONS: Exception[] = [
  {
    rule: "only queries and services touch the database",
    from: "lib/auth/adapter.ts",
    to: "db/schema/index.ts",
    reason: "Auth.js's adapter contract: the library calls it to read and write people, sessions and tokens",
  },
  {
    rule: "infrastructure never imports services",
    from: "lib/auth/adapter.ts",
    to: "lib/services/auth/read-session.ts",
    reason: "the adapter's getSessionAndUser is the same session read the guard uses, so both apply one rule",
  },
];

export function violations(files: SourceFile[], edgesOf: (file: SourceFile) => ImportEdge[]) {
  const found: { rule: string; edge: ImportEdge }[] = [];
  for (const file of files) {
    for (const rule of TEXT_RULES) {
      const match = rule.governs(file.path) ? rule.forbids.exec(file.text) : null;
      if (match)
        found.push({
          rule: rule.name,
          edge: { from: file.path, to: `${rule.what}: ${match[0]}`, typeOnly: false },
        });
    }
    if (isTest(file.path)) continue;
    const edges = edgesOf(file);
    for (const rule of RULES) {
      if (!rule.governs(file.path)) continue;
      for (const edge of edges) if (rule.forbids(edge)) found.push({ rule: rule.name, edge });
    }
    if (isServerModule(file.path) && !file.text.includes('import "server-only";'))
      found.push({
        rule: SERVER_ONLY_RULE,
        edge: { from: file.path, to: "server-only (missing)", typeOnly: false },
      });
  }
  const excused = (v: { rule: string; edge: ImportEdge }) =>
    EXCEPTIONS.some((e) => e.rule === v.rule && e.from === v.edge.from && e.to === v.edge.to);
  return { found: found.filter((v) => !excused(v)), excused: found.filter(excused) };
}
