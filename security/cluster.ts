import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";

/** Runs a PostgreSQL tool as the postgres user (the server refuses to run as root). */
function asPostgres(tool: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : path.join(BIN, tool);
  const argv = asRoot ? ["-u", "postgres", "--", path.join(BIN, tool), ...args] : args;
  const result = spawnSync(command, argv, { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * A PostgreSQL cluster of the test's own, on its own port, that the test may stop and start: the
 * machine's shared server is never taken down.
 */
export function ownCluster(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "cd-outage-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const start = () =>
    asPostgres("pg_ctl", [
      "-D",
      data,
      "-l",
      log,
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      "start",
    ]);
  const stop = () => asPostgres("pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
