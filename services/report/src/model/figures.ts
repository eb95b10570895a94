// The report's figures, computed from the gateway's answers alone: pure functions, each tested on
// its own. The text, the tables and the charts all read them, so the three cannot disagree.
import type { ActionCount, ActivityTotal, HonorCount, HonorNode, Ledgers, Rectification, ReportData, UnitQuota, UnitRow } from '../collect.js';

export const TIERS = ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const;
export type Tier = (typeof TIERS)[number];
export const ACTIVITY_TYPES = ['POST_COMPETITION', 'SKILL_CONTEST', 'VOLUNTEER_SERVICE', 'GRASSROOTS_VISIT', 'POVERTY_PAIRING', 'PUBLIC_COMMITMENT'] as const;
export const ACTIONS = ['COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE'] as const;
export type ManagementAction = (typeof ACTIONS)[number];
const IN_PROGRESS = new Set(['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED']);

/** "Named" counts NAMED and RECTIFYING (DESIGN §2). */
export const isNamed = (status: string) => status === 'NAMED' || status === 'RECTIFYING';
/** "Declared" counts a candidacy unless rejected, withdrawn or revoked. */
export const isLive = (status: string) => status !== 'REJECTED' && status !== 'WITHDRAWN' && status !== 'REVOKED';

/** The units a report covers: the city's participating units, or the one unit. */
export function scopeUnits(data: Pick<ReportData, 'scope' | 'units'>): UnitRow[] {
  return data.scope.kind === 'unit' ? [data.scope.unit] : data.units.filter((u) => !u.excluded);
}

export interface Basics {
  units: number;
  participating: number;
  excluded: number;
  industries: number;
  members: number;
  teams: number;
}

/** 基本情况: units in use, those in the city's action and those that run their own; members and teams of the participating ones. */
export function basics(data: Pick<ReportData, 'scope' | 'units'>): Basics {
  const participating = scopeUnits(data);
  return {
    units: data.units.length,
    participating: data.units.filter((u) => !u.excluded).length,
    excluded: data.units.filter((u) => u.excluded).length,
    industries: new Set(data.units.map((u) => u.industry.id)).size,
    members: participating.reduce((sum, u) => sum + u.partyMemberCount, 0),
    teams: participating.reduce((sum, u) => sum + u.teamCount, 0),
  };
}

export interface IndustryUnitsRow {
  id: string;
  code: string;
  name: string;
  participating: number;
  excluded: number;
}

/** Units per industry (system), in the order of the industries' codes. */
export function unitsByIndustry(units: UnitRow[]): IndustryUnitsRow[] {
  const rows = new Map<string, IndustryUnitsRow>();
  for (const u of units) {
    const row = rows.get(u.industry.id) ?? { id: u.industry.id, code: u.industry.code, name: u.industry.name, participating: 0, excluded: 0 };
    if (u.excluded) row.excluded += 1;
    else row.participating += 1;
    rows.set(u.industry.id, row);
  }
  return [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export interface ActivitySummary {
  count: number;
  hours: number;
  /** Σ distinct members per type and month: person-times, not people. */
  personTimes: number;
  byType: { type: string; count: number; hours: number }[];
  /** Per type and month, summed over the units. */
  cells: { type: string; month: number; count: number }[];
}

/** 示范活动 of the scope's units: totals, by type (in the enum's order) and by type and month. */
export function activitySummary(totals: ActivityTotal[]): ActivitySummary {
  const byType = new Map<string, { count: number; hours: number }>(ACTIVITY_TYPES.map((t) => [t, { count: 0, hours: 0 }]));
  const cells = new Map<string, { type: string; month: number; count: number }>();
  let count = 0;
  let hours = 0;
  let personTimes = 0;
  for (const t of totals) {
    count += t.count;
    hours += t.hours;
    personTimes += t.members;
    const type = byType.get(t.type) ?? { count: 0, hours: 0 };
    type.count += t.count;
    type.hours += t.hours;
    byType.set(t.type, type);
    const key = `${t.type}/${t.month}`;
    const cell = cells.get(key) ?? { type: t.type, month: t.month, count: 0 };
    cell.count += t.count;
    cells.set(key, cell);
  }
  return {
    count,
    hours: round1(hours),
    personTimes,
    byType: [...byType.entries()].map(([type, v]) => ({ type, count: v.count, hours: round1(v.hours) })),
    cells: [...cells.values()].sort((a, b) => a.month - b.month || ACTIVITY_TYPES.indexOf(a.type as never) - ACTIVITY_TYPES.indexOf(b.type as never)),
  };
}

export function scopeActivity(data: Pick<ReportData, 'scope' | 'units' | 'activity'>): ActivitySummary {
  return activitySummary(scopeUnits(data).flatMap((u) => data.activity.get(u.id) ?? []));
}

/** One decimal, as hours are recorded in half hours. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Shortfall {
  unit: UnitRow;
  quota: UnitQuota;
  /** How many more declared posts the unit needs; 0 when it attains. */
  postsLacking: number;
  teamsLacking: number;
}

/** Every scope unit with a quota, with what it lacks, by unit code. */
export function quotaRows(data: Pick<ReportData, 'scope' | 'units' | 'quotas'>): Shortfall[] {
  return scopeUnits(data)
    .filter((u) => data.quotas.has(u.id))
    .map((unit) => {
      const quota = data.quotas.get(unit.id)!;
      return {
        unit,
        quota,
        postsLacking: Math.max(0, quota.posts.target - quota.posts.count),
        teamsLacking: Math.max(0, quota.teamQuota.target - quota.teamQuota.count),
      };
    });
}

/** The units short of their post or team target (指标未完成), by unit code. */
export function shortfalls(data: Pick<ReportData, 'scope' | 'units' | 'quotas'>): Shortfall[] {
  return quotaRows(data).filter((r) => !r.quota.posts.attained || !r.quota.teamQuota.attained);
}

export interface TierCounts {
  tier: Tier;
  /** Every candidacy of the campaign. */
  total: number;
  /** Not rejected, withdrawn or revoked (the quotas' "declared"). */
  declared: number;
  /** Still in the procedure: declared, in mass review, publicizing or confirmed. */
  inProgress: number;
  /** NAMED or RECTIFYING. */
  named: number;
  rectifying: number;
  rejected: number;
  withdrawn: number;
  revoked: number;
}

/** 申报与命名 per tier, from the gateway's counts per unit, tier and status. */
export function tierCounts(counts: HonorCount[]): TierCounts[] {
  return TIERS.map((tier) => {
    const rows = counts.filter((c) => c.tier === tier);
    const sum = (test: (status: string) => boolean) => rows.filter((r) => test(r.status)).reduce((s, r) => s + r.count, 0);
    return {
      tier,
      total: sum(() => true),
      declared: sum(isLive),
      inProgress: sum((s) => IN_PROGRESS.has(s)),
      named: sum(isNamed),
      rectifying: sum((s) => s === 'RECTIFYING'),
      rejected: sum((s) => s === 'REJECTED'),
      withdrawn: sum((s) => s === 'WITHDRAWN'),
      revoked: sum((s) => s === 'REVOKED'),
    };
  });
}

export interface Batch {
  /** The batch's name (命名批次), or null for honors named without one. */
  name: string | null;
  firstNamedOn: string;
  lastNamedOn: string;
  byTier: Record<Tier, number>;
  total: number;
  /** Every honor of the batch named on or before the campaign's firstBatchBy (七一). */
  byFirstBatchDay: boolean;
}

/**
 * 命名批次: every honor ever named in the campaign (including those later put under rectification
 * or revoked), grouped by batch, in the order the batches were first named.
 */
export function batches(honors: HonorNode[], firstBatchBy: string): Batch[] {
  const groups = new Map<string, Batch>();
  for (const h of honors) {
    if (!h.namedOn) continue;
    const key = h.batch ?? '';
    const batch = groups.get(key) ?? {
      name: h.batch,
      firstNamedOn: h.namedOn,
      lastNamedOn: h.namedOn,
      byTier: { POST: 0, TEAM: 0, UNIT: 0, INDUSTRY: 0 },
      total: 0,
      byFirstBatchDay: true,
    };
    if (h.namedOn < batch.firstNamedOn) batch.firstNamedOn = h.namedOn;
    if (h.namedOn > batch.lastNamedOn) batch.lastNamedOn = h.namedOn;
    batch.byTier[h.tier as Tier] += 1;
    batch.total += 1;
    batch.byFirstBatchDay = batch.lastNamedOn <= firstBatchBy;
    groups.set(key, batch);
  }
  return [...groups.values()].sort((a, b) => (a.firstNamedOn < b.firstNamedOn ? -1 : a.firstNamedOn > b.firstNamedOn ? 1 : 0));
}

/** Dynamic-management actions per action (in the enum's order), summed over units and months. */
export function actionTotals(actions: ActionCount[]): Record<ManagementAction, number> {
  const totals = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<ManagementAction, number>;
  for (const a of actions) if (a.action in totals) totals[a.action as ManagementAction] += a.count;
  return totals;
}

/** Actions per month (YYYY-MM) and action, months in order. */
export function actionsByMonth(actions: ActionCount[]): { month: string; counts: Record<ManagementAction, number> }[] {
  const months = new Map<string, Record<ManagementAction, number>>();
  for (const a of actions) {
    const row = months.get(a.month) ?? (Object.fromEntries(ACTIONS.map((x) => [x, 0])) as Record<ManagementAction, number>);
    if (a.action in row) row[a.action as ManagementAction] += a.count;
    months.set(a.month, row);
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, counts]) => ({ month, counts }));
}

export interface RectificationFacts {
  all: Rectification[];
  open: Rectification[];
  passed: Rectification[];
  failed: Rectification[];
  overdue: Rectification[];
}

export function rectificationFacts(list: Rectification[]): RectificationFacts {
  return {
    all: list,
    open: list.filter((r) => r.outcome === 'OPEN'),
    passed: list.filter((r) => r.outcome === 'PASSED'),
    failed: list.filter((r) => r.outcome === 'FAILED'),
    overdue: list.filter((r) => r.overdue),
  };
}

/** The honors that a given action was taken on in the year (e.g. COMMEND), in the order it was taken. */
export function honorsWithAction(honors: HonorNode[], action: string, year: number): { honor: HonorNode; on: string }[] {
  const out: { honor: HonorNode; on: string }[] = [];
  for (const honor of honors) {
    for (const e of honor.events) {
      if (e.action !== action) continue;
      const on = beijingDate(e.at);
      if (on.startsWith(`${year}-`)) out.push({ honor, on });
    }
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : subjectName(a.honor).localeCompare(subjectName(b.honor), 'zh-CN')));
}

/** The honors revoked (撤销命名: REVOKED, by REVOKE or a failed rectification). */
export function revokedHonors(honors: HonorNode[], year: number): { honor: HonorNode; on: string; by: string }[] {
  const out: { honor: HonorNode; on: string; by: string }[] = [];
  for (const honor of honors) {
    if (honor.status !== 'REVOKED') continue;
    const event = [...honor.events].reverse().find((e) => e.action === 'REVOKE' || e.action === 'FAIL_RECTIFICATION');
    if (!event) continue;
    const on = beijingDate(event.at);
    if (on.startsWith(`${year}-`)) out.push({ honor, on, by: event.action });
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** A timestamp's date in Beijing. */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function subjectName(honor: Pick<HonorNode, 'subject'>): string {
  return honor.subject.name;
}

/** A subject's summary in the grading round, when the gateway gave one with a score. */
export function gradeOf(honor: Pick<HonorNode, 'subject'>): { score: number; grade: string; count: number } | null {
  const summary = (honor.subject as { evaluationSummary?: { count: number; weightedScore: number | null; grade: string | null } | null }).evaluationSummary;
  if (!summary || summary.weightedScore === null || summary.weightedScore === undefined || !summary.grade) return null;
  return { score: summary.weightedScore, grade: summary.grade, count: summary.count };
}

/**
 * 典型示范: the named posts and teams with the highest scores in the grading round (ties by
 * name), at most `limit` of each tier; without grades, those commended in the year (表彰奖励)
 * in the order they were commended.
 */
export function pickExamples(honors: HonorNode[], year: number, limit = 5): HonorNode[] {
  const graded = honors.filter((h) => h.status === 'NAMED' && (h.tier === 'POST' || h.tier === 'TEAM') && gradeOf(h));
  if (graded.length > 0) {
    return ['POST', 'TEAM'].flatMap((tier) =>
      graded
        .filter((h) => h.tier === tier)
        .sort((a, b) => gradeOf(b)!.score - gradeOf(a)!.score || subjectName(a).localeCompare(subjectName(b), 'zh-CN'))
        .slice(0, limit),
    );
  }
  const commended = honorsWithAction(honors, 'COMMEND', year).filter(({ honor }) => honor.status === 'NAMED' && (honor.tier === 'POST' || honor.tier === 'TEAM'));
  const seen = new Set<string>();
  const picked: HonorNode[] = [];
  for (const tier of ['POST', 'TEAM']) {
    let n = 0;
    for (const { honor } of commended) {
      if (honor.tier !== tier || seen.has(honor.id) || n >= limit) continue;
      seen.add(honor.id);
      picked.push(honor);
      n += 1;
    }
  }
  return picked;
}

/** Named honors (NAMED or RECTIFYING) graded 一般 or 差 in the grading round, lowest score first. */
export function lowGrades(honors: HonorNode[]): HonorNode[] {
  return honors
    .filter((h) => isNamed(h.status) && ['FAIR', 'POOR'].includes(gradeOf(h)?.grade ?? ''))
    .sort((a, b) => gradeOf(a)!.score - gradeOf(b)!.score || subjectName(a).localeCompare(subjectName(b), 'zh-CN'));
}

export interface LedgerFacts {
  dueOn: string;
  participating: number;
  onTime: number;
  late: number;
  missing: number;
  rows: Ledgers['units'];
}

/** 台账报送 of the scope: the city's counts as the gateway gives them, or the one unit's row. */
export function ledgerFacts(data: Pick<ReportData, 'scope' | 'ledgers'>): LedgerFacts | null {
  const ledgers = data.ledgers;
  if (!ledgers) return null;
  if (data.scope.kind === 'city') {
    return { dueOn: ledgers.dueOn, participating: ledgers.participatingCount, onTime: ledgers.onTimeCount, late: ledgers.lateCount, missing: ledgers.missingCount, rows: ledgers.units };
  }
  const unitId = data.scope.unit.id;
  const rows = ledgers.units.filter((u) => u.unit.id === unitId);
  return {
    dueOn: ledgers.dueOn,
    participating: rows.length,
    onTime: rows.filter((r) => r.status === 'ON_TIME').length,
    late: rows.filter((r) => r.status === 'LATE').length,
    missing: rows.filter((r) => r.status === 'MISSING').length,
    rows,
  };
}

/** The first submission's date of a unit's ledger (its status is judged by it). */
export function firstSubmittedOn(row: Ledgers['units'][number]): string | null {
  const dates = row.history.map((h) => h.submittedOn).sort();
  return dates[0] ?? null;
}
