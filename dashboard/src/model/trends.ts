import type { MonthScore, UnitScore } from '../charts/index.js';

/** The view's scope: the city, one industry (system) or one unit, as the address writes it (`?scope=`). */
export type TrendScope = { kind: 'city' } | { kind: 'industry'; id: string } | { kind: 'unit'; id: string };

/** `industry:<id>` / `unit:<id>` → that scope; anything else is the city. */
export function parseScope(query: unknown): TrendScope {
  const text = Array.isArray(query) ? query[0] : query;
  const match = typeof text === 'string' ? /^(industry|unit):(.+)$/.exec(text) : null;
  return match ? { kind: match[1] as 'industry' | 'unit', id: match[2]! } : { kind: 'city' };
}

export function scopeQuery(scope: TrendScope): string | undefined {
  return scope.kind === 'city' ? undefined : `${scope.kind}:${scope.id}`;
}

/** The gateway's filter arguments for a scope. */
export function scopeFilter(scope: TrendScope): { unitId: string | null; industryId: string | null } {
  return { unitId: scope.kind === 'unit' ? scope.id : null, industryId: scope.kind === 'industry' ? scope.id : null };
}

interface Point {
  count: number;
  weightedScore?: number | null;
  satisfactionRate?: number | null;
}

/** A trend's month points ("2016-05") of one year as calendar months; another year's months are left out. */
export function monthScores(points: readonly (Point & { month?: string | null })[], year: number): MonthScore[] {
  return points
    .filter((p) => p.month?.startsWith(`${year}-`))
    .map((p) => ({ month: Number(p.month!.slice(5, 7)), score: p.weightedScore ?? null, satisfaction: p.satisfactionRate ?? null, count: p.count }))
    .sort((a, b) => a.month - b.month);
}

interface RankedUnit extends Point {
  unit: { id: string; name: string; excluded: boolean };
}

/** The ranking's rows: the units in the city's action (those that run their own are not ranked, DESIGN.md §2). */
export function rankedUnits(rows: readonly RankedUnit[]): UnitScore[] {
  return rows
    .filter((r) => !r.unit.excluded)
    .map((r) => ({ id: r.unit.id, name: r.unit.name, score: r.weightedScore ?? null, satisfaction: r.satisfactionRate ?? null, count: r.count }));
}
