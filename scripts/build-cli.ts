// Builds the `ksr` and `quorum` commands into dist/cli as plain JavaScript, one file each, so they start
// as fast as Node does instead of compiling TypeScript at every run. npm ci runs it (the `prepare` script)
// and so does `npm test`; `npm run ksr` and `npm run quorum` run the built files.
import { chmodSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const CLI_ENTRIES = ["ksr", "quorum"] as const;

const root = fileURLToPath(new URL("..", import.meta.url));

/** The built file of one command, an absolute path. */
export const builtCli = (name: (typeof CLI_ENTRIES)[number]) => `${root}dist/cli/${name}.mjs`;

export async function buildCli(): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: CLI_ENTRIES.map((name) => ({ in: `scripts/${name}.ts`, out: `${name}.main` })),
    outdir: "dist/cli",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    minify: true,
    // `require` for the bundled CommonJS packages.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    alias: { "server-only": "./node_modules/server-only/empty.js" },
    logLevel: "warning",
  });
  // Each command starts by turning on Node's compile cache, then loads its bundle: from the second run on,
  // V8 reads the compiled bundle from the cache instead of parsing half a megabyte of JavaScript again.
  for (const name of CLI_ENTRIES) {
    writeFileSync(
      builtCli(name),
      `#!/usr/bin/env node\nimport { enableCompileCache } from "node:module";\nenableCompileCache();\nawait import("./${name}.main.mjs");\n`,
    );
    chmodSync(builtCli(name), 0o755);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
