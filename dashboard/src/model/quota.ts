import { sortByRatio, type QuotaFigure, type QuotaMetric } from '../charts/index.js';
import type { SheetColumn, SheetTable } from '../export/sheet.js';

/** A unit as the quota query answers it: its quotas are null when it runs its own action. */
export interface UnitQuotaFacts {
  id: string;
  code: string;
  name: string;
  industry: { id: string; code: string; name: string };
  quota?: { partyMembers: number; teams: number; posts: QuotaFigure; teamQuota: QuotaFigure } | null;
}

/** One participating unit's quotas, as the chart, the table and the XLSX list them. */
export interface QuotaRow {
  id: string;
  code: string;
  name: string;
  industryId: string;
  industryCode: string;
  industry: string;
  /** Party members: the base of the post quota. */
  partyMembers: number;
  /** Teams in use: the base of the team quota. */
  teamCount: number;
  posts: QuotaFigure;
  teams: QuotaFigure;
}

/** The units that have quotas (participating ones), by code. */
export function quotaRows(units: readonly UnitQuotaFacts[]): QuotaRow[] {
  const rows: QuotaRow[] = [];
  for (const u of units) {
    if (!u.quota) continue;
    rows.push({
      id: u.id,
      code: u.code,
      name: u.name,
      industryId: u.industry.id,
      industryCode: u.industry.code,
      industry: u.industry.name,
      partyMembers: u.quota.partyMembers,
      teamCount: u.quota.teams,
      posts: u.quota.posts,
      teams: u.quota.teamQuota,
    });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** A quota summed over units, with how many of them reach their own target. */
export interface SummedFigure extends QuotaFigure {
  unitsAttaining: number;
}

/** The city's (or a system's) post and team quotas, as the overview's cards show them. */
export interface QuotaSummary {
  participatingUnits: number;
  posts: SummedFigure;
  teams: SummedFigure;
}

/**
 * Declared posts and teams against their targets summed over the units given (the honors
 * subgraph's `cityQuota` rule): attained only when every unit attains its own, since the plan
 * sets the 10% per unit and one unit's surplus does not make up for another's shortfall.
 */
export function sumQuotas(rows: readonly QuotaRow[]): QuotaSummary {
  const sum = (metric: QuotaMetric): SummedFigure => {
    let count = 0;
    let target = 0;
    let unitsAttaining = 0;
    for (const row of rows) {
      count += row[metric].count;
      target += row[metric].target;
      if (row[metric].attained) unitsAttaining += 1;
    }
    return { count, target, ratio: target === 0 ? 1 : count / target, attained: unitsAttaining === rows.length, unitsAttaining };
  };
  return { participatingUnits: rows.length, posts: sum('posts'), teams: sum('teams') };
}

/** The table's sortable columns. */
export const QUOTA_SORT_KEYS = [
  'code',
  'name',
  'industry',
  'partyMembers',
  'postsCount',
  'postsTarget',
  'postsRatio',
  'postsAttained',
  'teamCount',
  'teamsCount',
  'teamsTarget',
  'teamsRatio',
  'teamsAttained',
] as const;
export type QuotaSortKey = (typeof QUOTA_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: QuotaRow, key: QuotaSortKey): string | number {
  switch (key) {
    case 'code':
    case 'name':
    case 'industry':
    case 'partyMembers':
    case 'teamCount':
      return row[key];
    default: {
      const metric = key.startsWith('posts') ? row.posts : row.teams;
      const field = key.replace(/^(posts|teams)/, '').toLowerCase() as 'count' | 'target' | 'ratio' | 'attained';
      return field === 'attained' ? Number(metric.attained) : metric[field];
    }
  }
}

/**
 * The table's rows sorted by a column; ties keep the chart's order (lowest ratio of the metric
 * shown first), so that sorting by a column never shuffles equal rows at random.
 */
export function sortQuotaRows(rows: readonly QuotaRow[], key: QuotaSortKey | undefined, direction: SortDirection, metric: QuotaMetric, locale: string): QuotaRow[] {
  const base = sortByRatio(rows, (r) => r[metric], locale);
  if (!key) return direction === 'ascending' ? base : base.reverse();
  const order = new Map(base.map((r, i) => [r.id, i]));
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return base.sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const by = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return sign * by || order.get(a.id)! - order.get(b.id)!;
  });
}

/** A column of the quota table (and of its XLSX): the metric it belongs to, if any, and its kind. */
export interface QuotaColumn {
  key: QuotaSortKey;
  group?: QuotaMetric;
  type: 'text' | 'int' | 'percent' | 'attained';
}

export const QUOTA_COLUMNS: readonly QuotaColumn[] = [
  { key: 'code', type: 'text' },
  { key: 'name', type: 'text' },
  { key: 'industry', type: 'text' },
  { key: 'partyMembers', type: 'int' },
  { key: 'postsCount', group: 'posts', type: 'int' },
  { key: 'postsTarget', group: 'posts', type: 'int' },
  { key: 'postsRatio', group: 'posts', type: 'percent' },
  { key: 'postsAttained', group: 'posts', type: 'attained' },
  { key: 'teamCount', type: 'int' },
  { key: 'teamsCount', group: 'teams', type: 'int' },
  { key: 'teamsTarget', group: 'teams', type: 'int' },
  { key: 'teamsRatio', group: 'teams', type: 'percent' },
  { key: 'teamsAttained', group: 'teams', type: 'attained' },
];

/** A cell of the quota table: text, a number (a ratio as a share), or whether the quota is attained. */
export function quotaCell(row: QuotaRow, key: QuotaSortKey): string | number | boolean {
  const value = sortValue(row, key);
  return key.endsWith('Attained') ? value === 1 : value;
}

/** The quota table as an XLSX worksheet: the rows in the order shown, headings in the reader's language. */
export function quotaSheet(rows: readonly QuotaRow[], words: { name: string; header(key: QuotaSortKey): string; yes: string; no: string }): SheetTable {
  return {
    name: words.name,
    columns: QUOTA_COLUMNS.map((c): SheetColumn => ({ header: words.header(c.key), type: c.type === 'attained' ? 'text' : c.type })),
    rows: rows.map((row) =>
      QUOTA_COLUMNS.map((c) => {
        const value = quotaCell(row, c.key);
        return typeof value === 'boolean' ? (value ? words.yes : words.no) : value;
      }),
    ),
  };
}
