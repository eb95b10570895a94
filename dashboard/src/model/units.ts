import type { SheetTable } from '../export/sheet.js';

/** The fields of a unit that the overview works with (the directory has no partyMemberCount). */
export interface UnitFacts {
  id: string;
  code: string;
  name: string;
  excluded: boolean;
  teamCount: number;
  partyMemberCount?: number;
  industry: { id: string; code: string; name: string };
}

export interface IndustryRow {
  id: string;
  code: string;
  name: string;
  participating: number;
  excluded: number;
}

/** Units per industry, participating and excluded apart, by industry code. */
export function unitsByIndustry(units: readonly UnitFacts[]): IndustryRow[] {
  const rows = new Map<string, IndustryRow>();
  for (const unit of units) {
    let row = rows.get(unit.industry.id);
    if (!row) rows.set(unit.industry.id, (row = { ...unit.industry, participating: 0, excluded: 0 }));
    if (unit.excluded) row.excluded += 1;
    else row.participating += 1;
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface CitySummary {
  participatingUnits: number;
  excludedUnits: number;
  /** Of the units in scope (participating ones, or all when excluded ones are included). */
  partyMembers: number;
  teams: number;
}

/**
 * The city's basic figures. Units that organise their own action count as units, but their
 * members and teams only when `includeExcluded` (the city's quotas and rankings leave them out).
 */
export function citySummary(units: readonly UnitFacts[], includeExcluded: boolean): CitySummary {
  let partyMembers = 0;
  let teams = 0;
  for (const unit of inScope(units, includeExcluded)) {
    partyMembers += unit.partyMemberCount ?? 0;
    teams += unit.teamCount;
  }
  return {
    participatingUnits: units.filter((u) => !u.excluded).length,
    excludedUnits: units.filter((u) => u.excluded).length,
    partyMembers,
    teams,
  };
}

export function inScope<T extends { excluded: boolean }>(units: readonly T[], includeExcluded: boolean): T[] {
  return includeExcluded ? [...units] : units.filter((u) => !u.excluded);
}

/**
 * Ids in groups of `size` for a query that takes exactly `size` ids: the last group repeats its
 * last id to fill the places (the answers are keyed by id, so a repeat changes nothing).
 */
export function fixedBatches(ids: readonly string[], size: number): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    while (batch.length < size) batch.push(batch[batch.length - 1]!);
    batches.push(batch);
  }
  return batches;
}

/** The directory as an XLSX worksheet: every unit listed, by system then code. */
export function directorySheet(
  units: readonly UnitFacts[],
  words: { name: string; code: string; unit: string; industry: string; status: string; teams: string; participating: string; excluded: string },
): SheetTable {
  const rows = [...units].sort((a, b) => a.industry.code.localeCompare(b.industry.code) || a.code.localeCompare(b.code, undefined, { numeric: true }));
  return {
    name: words.name,
    columns: [
      { header: words.code, type: 'text' },
      { header: words.unit, type: 'text' },
      { header: words.industry, type: 'text' },
      { header: words.status, type: 'text' },
      { header: words.teams, type: 'int' },
    ],
    rows: rows.map((u) => [u.code, u.name, u.industry.name, u.excluded ? words.excluded : words.participating, u.teamCount]),
  };
}
