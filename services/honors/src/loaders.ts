import { argsLoader, byIdLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository } from './campaign/campaign.repository.js';
import type { Honor } from './honor/honor.entity.js';
import { HonorRepository } from './honor/honor.repository.js';
import { LedgerRepository } from './ledger/ledger.repository.js';
import { ObjectionRepository } from './objection/objection.repository.js';

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  const campaigns = new CampaignRepository(em);
  const honors = new HonorRepository(em);
  const ledgers = new LedgerRepository(em);
  const objections = new ObjectionRepository(em);
  return {
    campaign: byIdLoader((ids) => campaigns.byIds(ids)),
    honor: byIdLoader((ids) => honors.byIds(ids)),
    /** A subject's honors, optionally of one campaign, confined to a UNIT_ADMIN's unit. */
    honorsBySubject: argsLoader<{ campaignId: string | null; confinedTo: string | null }, Honor[]>(
      ({ campaignId, confinedTo }, ids) => honors.bySubjects(ids, campaignId, confinedTo),
      () => [],
    ),
    /** Declared posts and teams per unit in a campaign, for `Unit.quota`. */
    declaredByUnit: argsLoader<{ campaignId: string }, { POST: number; TEAM: number }>(
      ({ campaignId }, ids) => honors.declaredCounts(campaignId, ids),
      () => ({ POST: 0, TEAM: 0 }),
    ),
    eventsByHonor: groupLoader((ids) => honors.eventsOf(ids), (e) => e.honorId),
    ledgerSubmission: byIdLoader((ids) => ledgers.byIds(ids)),
    objectionsByHonor: groupLoader((ids) => objections.byHonors(ids), (o) => o.honorId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
