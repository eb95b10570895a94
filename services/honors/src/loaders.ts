import { argsLoader, byIdLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Campaign } from './campaign/campaign.entity.js';
import { CampaignRepository } from './campaign/campaign.repository.js';
import type { Honor } from './honor/honor.entity.js';
import { HonorRepository } from './honor/honor.repository.js';
import { LedgerRepository } from './ledger/ledger.repository.js';
import { ObjectionRepository } from './objection/objection.repository.js';

export interface QuotaFacts {
  campaign: Campaign | null;
  declared: { POST: number; TEAM: number };
}

const NONE_DECLARED = Object.freeze({ POST: 0, TEAM: 0 });

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  const campaigns = new CampaignRepository(em);
  const honors = new HonorRepository(em);
  const ledgers = new LedgerRepository(em);
  const objections = new ObjectionRepository(em);
  const campaign = byIdLoader((ids) => campaigns.byIds(ids));
  return {
    campaign,
    honor: byIdLoader((ids) => honors.byIds(ids)),
    /** A subject's honors, optionally of one campaign, confined to a UNIT_ADMIN's unit. */
    honorsBySubject: argsLoader<{ campaignId: string | null; confinedTo: string | null }, Honor[]>(
      ({ campaignId, confinedTo }, ids) => honors.bySubjects(ids, campaignId, confinedTo),
      () => [],
    ),
    /**
     * What `Unit.quota` needs beside the counts the gateway sends, per unit of one campaign: the
     * campaign (its ratios; null if unknown) and the unit's declared posts and teams. A list of
     * thousands of units is one load each, with the campaign and every unit's counts fetched once
     * for the batch (two statements).
     */
    quotaFacts: argsLoader<string, QuotaFacts>(
      async (campaignId, unitIds) => {
        const [found, declared] = await Promise.all([campaign.load(campaignId), honors.declaredCounts(campaignId, unitIds)]);
        return new Map(unitIds.map((id) => [id, { campaign: found, declared: declared.get(id) ?? NONE_DECLARED }]));
      },
      () => ({ campaign: null, declared: NONE_DECLARED }),
    ),
    eventsByHonor: groupLoader((ids) => honors.eventsOf(ids), (e) => e.honorId),
    ledgerSubmission: byIdLoader((ids) => ledgers.byIds(ids)),
    objectionsByHonor: groupLoader((ids) => objections.byHonors(ids), (o) => o.honorId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
