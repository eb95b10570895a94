import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { Industry } from './industry.entity.js';

/** The queries about industries. */
export class IndustryRepository {
  constructor(private readonly em: EntityManager) {}

  list(includeArchived: boolean): Promise<Industry[]> {
    return this.em.find(Industry, includeArchived ? {} : { archivedAt: null }, { orderBy: { code: 'asc' } });
  }

  byIds(ids: readonly string[]): Promise<Industry[]> {
    return this.em.find(Industry, { id: { $in: ids.filter(isUuid) } });
  }

  /** Another industry with this code, or in use with this name. */
  clash(code: string, name: string, selfId?: string): Promise<Industry | null> {
    return this.em.findOne(Industry, { $or: [{ code }, { name, archivedAt: null }], ...(selfId ? { id: { $ne: selfId } } : {}) });
  }
}
