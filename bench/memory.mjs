// Resident memory from /proc: of the API process, and of PostgreSQL (the postmaster and every
// process it started, summed as the kernel reports each).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;

export function residentBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process's share of the memory it shares with others: summed over processes, shared pages count once. */
function proportionalBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB$/m);
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function parentOf(pid) {
  try {
    // The command name is in parentheses and may hold spaces; the parent pid is the second field after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

export function postgresPids(dataDir) {
  let postmaster;
  try {
    postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return [];
  }
  return [postmaster, ...childrenOf(postmaster)];
}

export function childrenOf(parent) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => parentOf(pid) === parent);
}

/**
 * Samples every `intervalMs` while the bench runs. `pids` names the processes to watch, each
 * asked for its pid at every sample, since the start-up scenario replaces the API process.
 */
export function startSampling({ pids, dataDir, intervalMs = 200 }) {
  const peak = { postgres: 0, postgresProportional: 0 };
  let samples = 0;
  /** The API's peak in each phase of the run, to tell which one needs the memory. */
  const phases = {};
  let phase = 'start';
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) peak[name] = Math.max(peak[name] ?? 0, residentBytes(pid()));
    const postgres = postgresPids(dataDir);
    peak.postgres = Math.max(peak.postgres, postgres.reduce((sum, pid) => sum + residentBytes(pid), 0));
    // Reading shares walks every page table, so it is done one sample in ten.
    if (samples++ % 10 === 0) {
      peak.postgresProportional = Math.max(peak.postgresProportional, postgres.reduce((sum, pid) => sum + proportionalBytes(pid), 0));
    }
    phases[phase] = Math.max(phases[phase] ?? 0, residentBytes(pids.api()) / MB);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    peakMb: () => Object.fromEntries(Object.entries(peak).map(([name, bytes]) => [name, bytes / MB])),
    phasesMb: () => phases,
    phase(name) {
      sample();
      phase = name;
    },
    /** Watches the API closely from now until `close()`, which answers how far it grew above where it started, in MB. */
    window() {
      const start = residentBytes(pids.api());
      let top = start;
      const watcher = setInterval(() => (top = Math.max(top, residentBytes(pids.api()))), 20);
      return {
        close() {
          clearInterval(watcher);
          top = Math.max(top, residentBytes(pids.api()));
          return (top - start) / MB;
        },
      };
    },
    stop() {
      clearInterval(timer);
      sample();
    },
  };
}
