import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The nearest-rank percentile `p` (0–100) of `values`, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Another process's resident memory in bytes, from /proc; null where there is no such process (or no /proc). */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

let ticksPerSecond: number | null | undefined;
/** The kernel's clock ticks per second, which /proc counts CPU time in; asked once, not assumed. */
function clockTicks(): number | null {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || null;
    } catch {
      ticksPerSecond = null;
    }
  }
  return ticksPerSecond;
}

/** CPU seconds (user + system) another process has used so far, from /proc; null where unknown. */
export function cpuSeconds(pid: number): number | null {
  const ticks = clockTicks();
  if (!ticks) return null;
  try {
    // The command name in parentheses may hold spaces; the fields after it are plain.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return null;
  }
}

/** The largest of the values sampled: memory is sampled because its peak is what a host must provide. */
export class Peak {
  value: number | null = null;
  first: number | null = null;

  add(sample: number | null): void {
    if (sample === null) return;
    if (this.first === null) this.first = sample;
    if (this.value === null || sample > this.value) this.value = sample;
  }
}
