/**
 * The README's "Performance" section, written from the bench's results file so that its figures
 * are the file's: everything between the two markers is replaced on every full run.
 */
import type { BenchResults, ScaleMeasure } from './bench.js';

/** The ratios that should agree between two runs on one machine. */
export interface RunRatios {
  date: string;
  httpOverInProcess: Record<string, Record<string, number>>;
  sqlRatio: Record<string, number>;
}

export function ratiosOf(r: Pick<BenchResults, 'date' | 'scales' | 'sqlBaseline'>): RunRatios {
  return {
    date: r.date,
    httpOverInProcess: Object.fromEntries(r.scales.map((s) => [s.scale, Object.fromEntries(s.queries.map((q) => [q.key, Math.round(q.httpOverInProcess * 100) / 100]))])),
    sqlRatio: Object.fromEntries(r.sqlBaseline.map((c) => [c.query, Math.round(c.ratio * 100) / 100])),
  };
}

export const BEGIN = '<!-- bench:begin (written by `npm run bench` from bench/results.json; edit the bench, not this) -->';
export const END = '<!-- bench:end -->';

const r1 = (x: number) => x.toFixed(1);
const r0 = (x: number) => x.toFixed(0);
/** A ratio to one decimal, or two below 0.1: a kept answer's 0.03× of the SQL printed as 0.0× read as nothing. */
export const ratio = (x: number) => x.toFixed(x < 0.1 ? 2 : 1);
const r2 = (x: number) => x.toFixed(2);

export function renderPerformanceSection(r: BenchResults, file: string): string {
  const [base, large] = r.scales as [ScaleMeasure, ScaleMeasure];
  const m = r.machine;
  const lines: string[] = [];
  lines.push('## Performance', '');
  lines.push(
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)} (${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}; load average ${m.loadAverage.join(' ')} at the start${m.loadAverage[0]! >= 1.5 ? ': the machine was shared' : ''}), written to \`${file}\`. ` +
      `Up to ${r.settings.connections} connections over loopback (autocannon in its own process; fewer clients and longer turns for a query that takes seconds, column "clients × s": a turn lasts at least three of its cold requests, at most 60 s), ${r.settings.warmupSeconds} s warm-up, ${r.settings.turns} turn(s) of at least ${r.settings.seconds} s per mode, modes by turns. ` +
      'Absolute figures depend on the machine; the ratios are what to compare between runs.',
    '',
  );
  lines.push('| scale | units | teams | members | activities | honors | evaluations | generated | migrated + loaded |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.scales) {
    const n = (k: string) => (s.rows[k] ?? 0).toLocaleString('en');
    lines.push(`| ${s.scale} | ${n('units')} | ${n('teams')} | ${n('members')} | ${n('activities')} | ${n('honors')} | ${n('evaluations')} | ${r1(s.generateMs / 1000)} s | ${r1(s.totalLoadMs / 1000)} s |`);
  }
  if (large.options.units !== 10_000) {
    lines.push('', `The larger scale is **${large.scale}**, not the province's 10,000 units (\`--units 10000\`): the evaluations' demo data, about 500 evaluations per unit, is most of the load (the table's last two columns); how long the province takes to load here is in [docs/performance.md](docs/performance.md).`);
  }
  lines.push('');
  lines.push(
    'Requests/s and latency (p50 / p99, ms) of the dashboard\'s own queries through the gateway calling its subgraphs over HTTP, and through the same gateway handing each subgraph call to the subgraph\'s server in the same process (no HTTP hop; calls between subgraphs stay on HTTP). ' +
      'Neither shares in-flight calls; both keep whole answers and give them again once every subgraph says 304 to its part (as `npm start` runs the gateway), so a repeat still crosses the hop, its answers do not. HTTP / in-process is the federation\'s HTTP overhead (target ≥ 0.5 on the overview). SQL: statements one request runs, all subgraphs together, with every kept answer emptied first (as after a restart; a kept answer runs none); cold: that request\'s time, ms.',
    '',
  );
  lines.push('| query | scale | HTTP r/s | p50 | p99 | in-process r/s | p50 | p99 | HTTP / in-process | SQL | cold | clients × s |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const q of base.queries) {
    for (const s of [base, large]) {
      const x = s.queries.find((y) => y.key === q.key);
      if (!x) continue;
      const h = x.modes.http!;
      const i = x.modes.inProcess!;
      lines.push(`| ${s === base ? q.label : ''} | ${s.scale} | ${r1(h.requestsPerSecond)} | ${r0(h.p50Ms)} | ${r0(h.p99Ms)} | ${r1(i.requestsPerSecond)} | ${r0(i.p50Ms)} | ${r0(i.p99Ms)} | **${r2(x.httpOverInProcess)}** | ${x.statements.total} | ${x.coldRequestMs === undefined ? '–' : r0(x.coldRequestMs)} | ${x.connections} × ${x.turnSeconds} |`);
    }
  }
  lines.push('');
  const shared = r.scales.map((s) => [s.scale, s.queries.find((q) => q.key === 'overview')?.modes.httpShared] as const).filter(([, x]) => x);
  if (shared.length > 0) lines.push(`- Overview with the gateway's in-flight sharing on (one caller): ${shared.map(([s, x]) => `${s} ${r1(x!.requestsPerSecond)} r/s`).join(', ')}.`);
  const unequal = r.statementsEqual.filter((s) => !s.equal);
  lines.push(`- SQL statements per request at both scales: ${unequal.length === 0 ? 'equal for every query (nothing grows with rows)' : `**differ** for ${unequal.map((s) => `${s.key} (${s.baseline} → ${s.large})`).join(', ')}`}.`);
  for (const c of r.sqlBaseline) {
    const unchanged = c.graphqlAfterUnchangedWriteMs === undefined ? '' : `; after a write that empties the honors subgraph's kept answers but changes nothing in this one, ${r0(c.graphqlAfterUnchangedWriteMs)} ms = ${ratio(c.afterUnchangedWriteRatio!)}×`;
    lines.push(`- ${c.query} at ${large.scale} scale: ${r0(c.graphqlMs)} ms through the gateway (a repeat) vs ${r0(c.sqlMs)} ms for one hand-written SQL statement on the same database: **${ratio(c.ratio)}×** (target ≤ 3×); cold, every kept answer emptied (the gateway's and the subgraphs', as after a restart or a units write), ${r0(c.graphqlColdMs)} ms = ${ratio(c.coldRatio)}×${c.graphqlAfterHonorsWriteMs === undefined ? '' : `; after an honors write that changes it (a post declared; units and members keep theirs) ${r0(c.graphqlAfterHonorsWriteMs)} ms = ${ratio(c.afterHonorsWriteRatio)}×`}${unchanged}; numbers ${c.sameNumbers ? 'equal' : '**differ**'}.`);
  }
  if (r.report && 'ms' in r.report) lines.push(`- City year-end report (DOCX with charts, city scale): ${r1(r.report.ms / 1000)} s, ${r.report.requests} gateway requests.`);
  if (r.firstChart && 'medianMs' in r.firstChart) lines.push(`- Dashboard, time to first chart (headless Chromium, /overview signed in as LEADER, city scale): ${r0(r.firstChart.medianMs)} ms (median of ${r.firstChart.runs.length}).`);
  lines.push(`- Peak memory (RSS): ${Object.entries(r.memory).map(([k, v]) => `${k} ${r0(v.peakMb)} MB`).join('; ')}.`);
  for (const [name, value] of Object.entries(r.extra)) {
    const summary = (value as { summary?: unknown } | null)?.summary;
    if (typeof summary === 'string') lines.push(`- ${name}: ${summary}`);
  }
  if (r.previousRun) {
    const now = ratiosOf(r);
    const pairs = Object.entries(now.httpOverInProcess).flatMap(([scale, byQuery]) =>
      Object.entries(byQuery).map(([k, v]) => `${k} ${r2(v)}/${r.previousRun!.httpOverInProcess[scale]?.[k]?.toFixed(2) ?? '–'}`).map((x) => `${scale} ${x}`));
    lines.push(`- The run before this one (${r.previousRun.date.slice(0, 16).replace('T', ' ')} UTC), HTTP / in-process this run/that run: ${pairs.join(', ')}; GraphQL / SQL: ${Object.entries(now.sqlRatio).map(([k, v]) => `${k} ${ratio(v)}×/${r.previousRun!.sqlRatio[k] === undefined ? '–' : ratio(r.previousRun!.sqlRatio[k]!)}×`).join(', ')}.`);
  }
  lines.push(`- Whole run: ${r1(r.totalSeconds / 60)} min.`);
  return `${BEGIN}\n${lines.join('\n')}\n${END}`;
}

/** The README with its section replaced, or added before "## Everyday commands" the first time. */
export function replaceSection(readme: string, section: string): string {
  const begin = readme.indexOf(BEGIN.slice(0, 18));
  const end = readme.indexOf(END);
  if (begin >= 0 && end > begin) return readme.slice(0, begin) + section + readme.slice(end + END.length);
  const anchor = readme.indexOf('\n## Everyday commands');
  if (anchor < 0) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, anchor + 1)}${section}\n\n${readme.slice(anchor + 1)}`;
}
