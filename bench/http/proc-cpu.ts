import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// CPU time read from /proc (Linux), so each row can say what a request cost the server and PostgreSQL.

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcStat {
  pid: number;
  comm: string;
  pgid: number;
  cpuMs: number;
}

function statOf(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    // Fields after the name: state(3) ppid(4) pgrp(5) ... utime(14) stime(15).
    const rest = text.slice(close + 2).split(" ");
    const ticks = Number(rest[11]) + Number(rest[12]);
    return { pid: Number(pid), comm, pgid: Number(rest[2]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null; // the process ended between the listing and the read
  }
}

function allStats(): ProcStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => statOf(pid) ?? []);
}

export interface CpuSnapshot {
  /** CPU milliseconds so far of each process counted, by pid. */
  server: Map<number, number>;
  postgres: Map<number, number>;
}

/** CPU so far of the server process groups `pgids` and of every PostgreSQL process, per process. */
export function cpuSnapshot(pgids: readonly number[]): CpuSnapshot {
  const snapshot: CpuSnapshot = { server: new Map(), postgres: new Map() };
  for (const stat of allStats()) {
    if (pgids.includes(stat.pgid)) snapshot.server.set(stat.pid, stat.cpuMs);
    else if (stat.comm === "postgres") snapshot.postgres.set(stat.pid, stat.cpuMs);
  }
  return snapshot;
}

/** CPU milliseconds spent between two snapshots; a process started in between counts from zero. */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): { server: number; postgres: number } {
  const spent = (a: Map<number, number>, b: Map<number, number>) =>
    [...b].reduce((sum, [pid, ms]) => sum + ms - (a.get(pid) ?? 0), 0);
  return { server: spent(before.server, after.server), postgres: spent(before.postgres, after.postgres) };
}

/** The machine's busy and total CPU ticks so far, from /proc/stat, to say how loaded it was. */
export function machineTicks(): { busy: number; total: number } {
  const [line] = readFileSync("/proc/stat", "utf8").split("\n");
  const values = (line ?? "").split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}
