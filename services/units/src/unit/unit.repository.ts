import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { Unit } from './unit.entity.js';

export interface UnitFilter {
  industryId?: string | null;
  includeExcluded: boolean;
  includeArchived: boolean;
}

/** The queries about units. */
export class UnitRepository {
  constructor(private readonly em: EntityManager) {}

  list(filter: UnitFilter): Promise<Unit[]> {
    return this.em.find(
      Unit,
      {
        ...(filter.industryId ? { industry: filter.industryId } : {}),
        ...(filter.includeExcluded ? {} : { excluded: false }),
        ...(filter.includeArchived ? {} : { archivedAt: null }),
      },
      { orderBy: { code: 'asc' } },
    );
  }

  byIds(ids: readonly string[]): Promise<Unit[]> {
    return this.em.find(Unit, { id: { $in: ids.filter(isUuid) } });
  }

  /** The units in use of each industry, by code. */
  inUseByIndustries(industryIds: readonly string[]): Promise<Unit[]> {
    return this.em.find(Unit, { industry: { $in: [...industryIds] }, archivedAt: null }, { orderBy: { code: 'asc' } });
  }

  countInUse(industryId: string): Promise<number> {
    return this.em.count(Unit, { industry: industryId, archivedAt: null });
  }

  /** Another unit with this code or this name. */
  clash(code: string, name: string, selfId?: string): Promise<Unit | null> {
    return this.em.findOne(Unit, { $or: [{ code }, { name }], ...(selfId ? { id: { $ne: selfId } } : {}) });
  }
}
