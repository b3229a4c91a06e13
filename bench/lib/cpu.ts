import { readdirSync, readFileSync } from 'node:fs';

// CPU time from Linux /proc: on a shared machine wall time swings with the neighbours' load; CPU
// time much less, and it shows which process a benchmark's work went to.

/** /proc/<pid>/stat fields after the command name (which may hold spaces): index 0 is the state. */
function statFields(pid: string): { comm: string; fields: string[] } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // exited meanwhile
  }
  return {
    comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    fields: stat.slice(stat.lastIndexOf(')') + 2).split(' '),
  };
}

const pids = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));

/**
 * CPU time (user + system, ms) spent so far by the process group `pgid`, exited children included.
 */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of pids()) {
    const stat = statFields(pid);
    // pgrp is field 5 (index 2); utime, stime, cutime, cstime are fields 14–17.
    if (!stat || Number(stat.fields[2]) !== pgid) continue;
    ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(stat.fields[i]), 0);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/**
 * CPU time (ms) spent so far by a local PostgreSQL (each backend leads its own process group, so
 * they are found by name), or null when none runs here. Live processes count their own time; the
 * postmaster's children's time (cutime, cstime) holds the backends that exited, which a pool
 * closing idle connections mid-run ends (the checkout bench read negative numbers without it).
 */
export function localPostgresCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  for (const pid of pids()) {
    const stat = statFields(pid);
    if (stat?.comm !== 'postgres') continue;
    found = true;
    ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(stat.fields[i]), 0);
  }
  return found ? ticks * 10 : null;
}

/** Busy and total CPU time of the whole machine so far (ms, all cores), from /proc/stat. */
export function machineCpuMs(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, t) => sum + t, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
  return { busy: (total - idle) * 10, total: total * 10 };
}

/** The readings a run's CPU is measured between: this process, the local PostgreSQL, the machine. */
export interface CpuReading {
  app: NodeJS.CpuUsage;
  database: number | null;
  machine: { busy: number; total: number };
}

export function readCpu(): CpuReading {
  return { app: process.cpuUsage(), database: localPostgresCpuMs(), machine: machineCpuMs() };
}

/**
 * CPU spent since `start` (ms): by this process, by PostgreSQL (null when it is not local), and the
 * machine's busy and total time (all cores).
 */
export function cpuSince(start: CpuReading): {
  app: number;
  database: number | null;
  machine: { busy: number; total: number };
} {
  const app = process.cpuUsage(start.app);
  const database = localPostgresCpuMs();
  const machine = machineCpuMs();
  return {
    app: (app.user + app.system) / 1000,
    database: start.database === null || database === null ? null : database - start.database,
    machine: { busy: machine.busy - start.machine.busy, total: machine.total - start.machine.total },
  };
}

/** Where one run's CPU went, per order it completed (ms). */
export interface CpuPerOrder {
  /** This process: the server under test, or the raw-SQL baseline's client. */
  app: number;
  /** The local PostgreSQL (null when it runs elsewhere). */
  database: number | null;
  /** Every process on the machine, the load generator included. */
  machine: number;
}

/**
 * Runs `work` and divides the CPU spent meanwhile by the orders it completed: on a 2-core machine
 * shared by the server, the database and the load generator, throughput follows what an order
 * costs, and the split says which side to cut.
 */
export async function cpuPerOrder<T>(
  work: () => Promise<T>,
  ordersOf: (result: T) => number,
): Promise<{ result: T; cpuMsPerOrder: CpuPerOrder }> {
  const start = readCpu();
  const result = await work();
  const used = cpuSince(start);
  const orders = Math.max(1, ordersOf(result));
  const per = (ms: number) => Math.round((ms / orders) * 100) / 100;
  return {
    result,
    cpuMsPerOrder: {
      app: per(used.app),
      database: used.database === null ? null : per(used.database),
      machine: per(used.machine.busy),
    },
  };
}
