import {
  CITY_UNITS, COUNTIES, COUNTY_UNITS, HOME_CITY, INDUSTRY_DEFS, NUMBERED_UNITS, OTHER_CITIES, TOWN_UNITS,
  type IndustryKey, type UnitKind, type UnitTemplate,
} from './names.js';

/** A unit before ids exist: which name, system and kind it gets. */
export interface UnitPlan {
  name: string;
  /** Index into INDUSTRY_DEFS. */
  industry: number;
  kind: UnitKind;
}

/**
 * How many units are excluded: about 12%, and at least one from five units up so that even tiny
 * demo data shows the platform skipping systems that run their own action.
 */
export function excludedUnitCount(units: number): number {
  const n = Math.round(units * 0.12);
  return units >= 5 ? Math.max(1, n) : n;
}

/**
 * Picks `units` distinct unit names. Unit names do not depend on the seed — a demo city keeps the
 * same departments whatever the seed — and are ordered by level (municipal first) and then by
 * system, so codes U001… read like a real directory.
 */
export function planUnits(units: number): UnitPlan[] {
  const excluded = excludedUnitCount(units);
  const used = new Set<string>();
  const chosen: (Candidate & { order: number })[] = [];
  take(candidates(false), units - excluded);
  take(candidates(true), excluded);

  function take(source: Generator<Candidate>, count: number): void {
    let taken = 0;
    while (taken < count) {
      const next = source.next();
      if (next.done) throw new Error('unit name source ran dry'); // unreachable: the numbered tier is endless
      const c = next.value;
      // Every tier already yields distinct names; the set is a cheap guarantee against future edits.
      if (used.has(c.name)) continue;
      used.add(c.name);
      chosen.push({ ...c, order: chosen.length });
      taken++;
    }
  }

  chosen.sort((a, b) => a.tier - b.tier || a.industry - b.industry || a.order - b.order);
  return chosen.map(({ name, industry, kind }) => ({ name, industry, kind }));
}

interface Candidate extends UnitPlan {
  tier: number;
}

const INDUSTRY_INDEX = new Map(INDUSTRY_DEFS.map((d, i) => [d.key, i] as const));

/**
 * Endless stream of candidate units of either excluded or ordinary systems, best-known first:
 * Bazhong municipal → its counties → other Sichuan cities → Bazhong's towns → numbered service
 * points. Inside a tier the systems take turns, so any prefix of the stream covers all of them.
 */
function* candidates(excluded: boolean): Generator<Candidate> {
  const industries = INDUSTRY_DEFS.filter((d) => d.excluded === excluded).map((d) => d.key);
  const towns = COUNTIES.flatMap((c) => c.towns.map((t) => c.name + t));

  const city = (templates: typeof CITY_UNITS, c: { full: string; short: string }, home: boolean) => (key: IndustryKey) =>
    entries(templates, key).filter((t) => home || !t.local).map((t) => fill(t, key, { c: c.full, s: c.short }));

  yield* tier(0, industries.map(city(CITY_UNITS, HOME_CITY, true)));
  yield* tier(1, industries.map((key) =>
    entries(COUNTY_UNITS, key).flatMap((t) => COUNTIES.map((county) => fill(t, key, { p: county.name })))));
  yield* tier(2, industries.map((key) => OTHER_CITIES.flatMap((c) => city(CITY_UNITS, c, false)(key))));
  yield* tier(3, industries.map((key) => entries(TOWN_UNITS, key).flatMap((t) => towns.map((town) => fill(t, key, { t: town })))));
  for (let n = 1; ; n++) {
    const round = String(n);
    yield* tier(4, industries.map((key) =>
      entries(NUMBERED_UNITS, key).flatMap((t) => towns.map((town) => fill(t, key, { t: town, n: round })))));
  }
}

interface Filled {
  name: string;
  key: IndustryKey;
  kind: UnitKind;
}

function* tier(level: number, lists: Filled[][]): Generator<Candidate> {
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const f = list[i];
      if (f) yield { name: f.name, industry: INDUSTRY_INDEX.get(f.key)!, kind: f.kind, tier: level };
    }
  }
}

function entries(templates: Partial<Record<IndustryKey, readonly (string | UnitTemplate)[]>>, key: IndustryKey): UnitTemplate[] {
  return (templates[key] ?? []).map((t) => (typeof t === 'string' ? { pattern: t } : t));
}

function fill(t: UnitTemplate, key: IndustryKey, values: Record<string, string>): Filled {
  const name = t.pattern.replace(/\{(\w)\}/g, (_, k: string) => {
    const v = values[k];
    if (v === undefined) throw new Error(`template ${t.pattern} needs {${k}}`);
    return v;
  });
  return { name, key, kind: t.kind ?? 'agency' };
}
