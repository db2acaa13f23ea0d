// `npm run -s boundaries`: files importing across each layer rule, and the listed exceptions. Exits 1 when a
// rule is broken (the same check runs in `npm test`).
import { fileURLToPath } from "node:url";
import { importsOf, readSources } from "./import-graph";
import { RULE_NAMES, violations } from "./rules";
import { SOURCE_DIRS } from "./source-dirs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const files = readSources(root, SOURCE_DIRS);
const { found, excused } = violations(files, (file) => importsOf(root, file));
console.log(`${files.length} source files`);
for (const name of RULE_NAMES) {
  const broken = found.filter((v) => v.rule === name);
  const allowed = excused.filter((v) => v.rule === name);
  const fileCount = new Set(broken.map((v) => v.edge.from)).size;
  console.log(
    `${String(fileCount).padStart(4)} files  ${name}${allowed.length ? ` (${allowed.length} listed exception)` : ""}`,
  );
  for (const v of broken) console.log(`        ${v.edge.from} -> ${v.edge.to}`);
}
process.exit(found.length === 0 ? 0 : 1);
