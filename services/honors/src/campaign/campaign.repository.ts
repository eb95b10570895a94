import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { Campaign } from './campaign.entity.js';

/** The queries about campaigns: a handful of rows, one a year. */
export class CampaignRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<Campaign[]> {
    return this.em.find(Campaign, { id: { $in: ids.filter(isUuid) } });
  }

  /** Newest first: the current year's campaign is the one people look for. */
  all(): Promise<Campaign[]> {
    return this.em.find(Campaign, {}, { orderBy: { year: 'desc' } });
  }

  byYear(year: number): Promise<Campaign | null> {
    return this.em.findOne(Campaign, { year });
  }
}
