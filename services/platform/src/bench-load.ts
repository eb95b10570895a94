/**
 * The bench's instruments: autocannon in a child process (so that the load generator does not
 * share the event loop of the gateway and subgraphs it measures), and a sampler of the resident
 * memory of this process and of every process it started (PostgreSQL, Chromium, autocannon and,
 * once the services run as their own processes, those), grouped by command name.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const AUTOCANNON = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
}

export interface LoadOptions {
  url: string;
  token: string;
  /** The GraphQL request's JSON body. */
  body: string;
  connections: number;
  seconds: number;
}

/** `connections` clients sending `body` back to back for `seconds`; throws on any failed answer. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error(`the bench loads loopback addresses only, not ${url.hostname}`);
  const args = [
    AUTOCANNON, '--json', '--connections', String(options.connections), '--duration', String(options.seconds),
    // A province-scale answer takes seconds under load: a client waits rather than counting a timeout.
    '--timeout', '120', '--method', 'POST',
    '--headers', 'content-type=application/json', '--headers', `authorization=Bearer ${options.token}`,
    '--body', options.body, options.url,
  ];
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, timeout: (options.seconds + 180) * 1000 }, (error, out, err) => {
      if (error) reject(new Error(`autocannon failed: ${error.message}\n${err}`));
      else resolve(out);
    });
  });
  const r = JSON.parse(stdout) as {
    requests: { total: number }; latency: { p50: number; p99: number }; duration: number; non2xx: number; errors: number; timeouts: number;
  };
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) throw new Error(`load on ${options.url} failed: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { requestsPerSecond: r.requests.total / r.duration, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requests: r.requests.total, seconds: r.duration };
}

/** The peak resident memory seen, in MB, of this process and of each kind of process it started. */
export interface MemoryPeaks {
  [group: string]: { peakMb: number; processes: number };
}

/**
 * Samples /proc every `intervalMs`: for each group of descendant processes (by command name), the
 * largest sum of their resident memory at one moment. This process's own peak comes from the
 * kernel's high-water mark, which no sample can miss.
 */
export function startMemorySampler(intervalMs = 500) {
  const peaks: MemoryPeaks = {};
  const sample = () => {
    let entries: string[];
    try {
      entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
    } catch {
      return; // not Linux: only this process's own figure
    }
    const parent = new Map<number, number>();
    const name = new Map<number, string>();
    const rss = new Map<number, number>();
    for (const e of entries) {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const fields = stat.slice(close + 2).split(' ');
        const pid = Number(e);
        parent.set(pid, Number(fields[1]));
        name.set(pid, stat.slice(stat.indexOf('(') + 1, close));
        // Field 24 (rss, pages); fields here start at field 3.
        rss.set(pid, Number(fields[21]) * 4096);
      } catch {
        // the process ended between listing and reading
      }
    }
    const isOurs = (pid: number) => {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
      return false;
    };
    const groups: Record<string, { bytes: number; processes: number }> = {};
    for (const [pid, bytes] of rss) {
      if (!isOurs(pid)) continue;
      const group = groupOf(name.get(pid) ?? '?');
      const g = (groups[group] ??= { bytes: 0, processes: 0 });
      g.bytes += bytes;
      g.processes += 1;
    }
    for (const [group, g] of Object.entries(groups)) {
      const mb = g.bytes / 1024 / 1024;
      const peak = (peaks[group] ??= { peakMb: 0, processes: 0 });
      if (mb > peak.peakMb) peak.peakMb = mb;
      peak.processes = Math.max(peak.processes, g.processes);
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop(): MemoryPeaks {
      clearInterval(timer);
      sample();
      const own = { peakMb: process.resourceUsage().maxRSS / 1024, processes: 1 };
      // Shells and installers that live for a moment are not what the figure is about.
      const lasting = Object.fromEntries(Object.entries(peaks).filter(([, p]) => p.peakMb >= 20));
      return { 'bench process (gateways, subgraphs, seed)': own, ...lasting };
    },
  };
}

/** Chromium's helpers call themselves `chrome`, `chromium`, `chrome_crashpad` …; autocannon is a `node` child. */
function groupOf(command: string): string {
  if (/chrom/i.test(command)) return 'chromium';
  if (/^postgres|^postmaster/.test(command)) return 'postgresql';
  if (command === 'node' || command === 'MainThread') return 'node children (autocannon, services)';
  return command;
}
