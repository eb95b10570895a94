import { byIdLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository } from './campaign/campaign.repository.js';

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  const campaigns = new CampaignRepository(em);
  return {
    campaign: byIdLoader((ids) => campaigns.byIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
