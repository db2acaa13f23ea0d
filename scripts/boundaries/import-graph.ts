// Reads every source file of the project and the modules each one imports, resolved to a path from the
// project root ("lib/services/x.ts") or left as a package name ("drizzle-orm"). Plain text scanning is
// enough: the project writes imports one way (Biome formats them), and `import type` is kept apart so a
// rule can allow types where it forbids code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

export interface SourceFile {
  path: string;
  text: string;
}

const SOURCE = /\.(ts|tsx)$/;
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", "test-results", "migrations", ".git"]);
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      if (SKIPPED_DIRS.has(name)) continue;
      const path = dir === "." ? name : `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith(".d.ts"))
        files.push({ path, text: readFileSync(join(root, path), "utf8") });
    }
  };
  for (const dir of dirs) {
    if (!existsSync(join(root, dir))) continue;
    if (statSync(join(root, dir)).isDirectory()) walk(dir);
    else files.push({ path: dir, text: readFileSync(join(root, dir), "utf8") });
  }
  return files;
}

function resolveSpecifier(root: string, from: string, specifier: string): string {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = relative(root, join(root, dirname(from), specifier));
  else return specifier.startsWith("node:") ? specifier : packageName(specifier);
  for (const ending of EXTENSIONS) {
    const candidate = normalize(base + ending);
    if (ending !== "" && existsSync(join(root, candidate))) return candidate;
  }
  return normalize(base);
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

export function importsOf(root: string, file: SourceFile): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of file.text.matchAll(IMPORT)) {
    const specifier = match[3] as string;
    edges.push({ from: file.path, to: resolveSpecifier(root, file.path, specifier), typeOnly: !!match[2] });
  }
  for (const match of file.text.matchAll(DYNAMIC_IMPORT)) {
    edges.push({
      from: file.path,
      to: resolveSpecifier(root, file.path, match[1] as string),
      typeOnly: false,
    });
  }
  return edges;
}
