import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, uuidArray } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { DECLARED_STATUSES, type HonorStatus } from './honor.machine.js';
import { Honor, HonorEvent } from './honor.entity.js';
import type { HonorTier } from './honor.tier.js';

/** Which honors a list holds. `confinedTo`: only this unit's (a UNIT_ADMIN's view). */
export interface HonorFilter {
  campaignId: string;
  tier: HonorTier | null;
  status: HonorStatus | null;
  unitId: string | null;
  confinedTo: string | null;
}

export interface HonorPage {
  rows: Honor[];
  hasNextPage: boolean;
}

/**
 * How many units a declared-counts request names before it counts the whole campaign's instead:
 * the province's dashboard asks for all 10,000 units, and matching each candidacy against an
 * array of 10,000 ids (and planning with it) costs more than the grouping itself (~30 %).
 */
export const DECLARED_COUNTS_OF_ALL = 5000;

/** The queries about honors; lists for many parents at once are one statement each. */
export class HonorRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<Honor[]> {
    return this.em.find(Honor, { id: { $in: ids.filter(isUuid) } });
  }

  /** A page by (declaredOn, id), starting after the cursor's key. */
  async page(filter: HonorFilter, first: number, after: [string, string] | null): Promise<HonorPage> {
    const where = this.where(filter) as Record<string, unknown>;
    if (after) where.$or = [{ declaredOn: { $gt: after[0] } }, { declaredOn: after[0], id: { $gt: after[1] } }];
    const rows = await this.em.find(Honor, where as FilterQuery<Honor>, { orderBy: { declaredOn: 'asc', id: 'asc' }, limit: first + 1 });
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  count(filter: HonorFilter): Promise<number> {
    return this.em.count(Honor, this.where(filter));
  }

  /** The honors of many subjects (members, teams, units, industries) in one statement, newest campaign first. */
  async bySubjects(subjectIds: readonly string[], campaignId: string | null, confinedTo: string | null): Promise<Map<string, Honor[]>> {
    const where: FilterQuery<Honor> = { subjectId: { $in: subjectIds.filter(isUuid) } };
    if (campaignId) where.campaignId = campaignId;
    if (confinedTo) where.unitId = confinedTo;
    const rows = await this.em.find(Honor, where, { orderBy: { declaredOn: 'desc', id: 'asc' } });
    const out = new Map<string, Honor[]>();
    for (const row of rows) {
      const list = out.get(row.subjectId);
      if (list) list.push(row);
      else out.set(row.subjectId, [row]);
    }
    return out;
  }

  /**
   * Declared posts and teams (DESIGN.md §2: every candidacy not rejected, withdrawn or revoked) of
   * many units, in one grouped statement. From DECLARED_COUNTS_OF_ALL units on, the counts of
   * every unit of the campaign (a superset; the caller picks its own).
   */
  async declaredCounts(campaignId: string, unitIds: readonly string[]): Promise<Map<string, { POST: number; TEAM: number }>> {
    let query = this.em.getKnex().from(`${SCHEMA}.honor`).select('unit_id', 'tier').count({ n: '*' })
      .where('campaign_id', campaignId).whereIn('tier', ['POST', 'TEAM'])
      .whereIn('status', [...DECLARED_STATUSES]).groupBy('unit_id', 'tier');
    const ids = unitIds.filter(isUuid);
    if (ids.length < DECLARED_COUNTS_OF_ALL) query = query.whereRaw('unit_id = any(?::uuid[])', [uuidArray(ids)]);
    const rows: { unit_id: string; tier: 'POST' | 'TEAM'; n: string | number }[] = await this.em.getConnection().execute(query as never);
    const out = new Map<string, { POST: number; TEAM: number }>();
    for (const row of rows) {
      const entry = out.get(row.unit_id) ?? { POST: 0, TEAM: 0 };
      entry[row.tier] = Number(row.n);
      out.set(row.unit_id, entry);
    }
    return out;
  }

  /** The events of many honors in one statement, oldest first. */
  eventsOf(honorIds: readonly string[]): Promise<HonorEvent[]> {
    return this.em.find(HonorEvent, { honorId: { $in: honorIds.filter(isUuid) } }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  private where(f: HonorFilter): FilterQuery<Honor> {
    const where: Record<string, unknown> = { campaignId: f.campaignId };
    if (f.tier) where.tier = f.tier;
    if (f.status) where.status = f.status;
    if (f.unitId) where.unitId = f.unitId;
    // The resolver refuses a UNIT_ADMIN's unitId of another unit before this runs.
    if (f.confinedTo) where.unitId = f.confinedTo;
    return where as FilterQuery<Honor>;
  }
}
