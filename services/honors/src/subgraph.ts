import { AuditEvent, VersionedRecord, buildFederatedSchema, type SubgraphDescriptor } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { AnalyticsResolver } from './analytics/analytics.resolver.js';
import { AttainmentResolver } from './attainment/attainment.resolver.js';
import { Campaign } from './campaign/campaign.entity.js';
import { CampaignResolver } from './campaign/campaign.resolver.js';
import { Honor, HonorEvent } from './honor/honor.entity.js';
import { HonorResolver } from './honor/honor.resolver.js';
import { LedgerSubmission } from './ledger/ledger.entity.js';
import { LedgerResolver } from './ledger/ledger.resolver.js';
import { HolidayScheduleResolver } from './calendar/holiday.resolver.js';
import { Objection } from './objection/objection.entity.js';
import { HonorObjectionsResolver, ObjectionResolver } from './objection/objection.resolver.js';
import { PlaqueResolver } from './plaque/plaque.resolver.js';
import { RollResolver } from './roll/roll.resolver.js';
import { CampaignQueueResolver, HonorQueueResolver } from './queue/queue.resolver.js';
import { SCHEMA } from './database-schema.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './references.js';
import { UnitQuotaResolver, resolveUnitQuota } from './quota/quota.resolver.js';
import { loadHonorsSeed } from './seed/honors.seed.load.js';
import { IndustryHonorsResolver, MemberHonorsResolver, TeamHonorsResolver, UnitHonorsResolver } from './subject/subject.resolver.js';

/** The honors subgraph: campaigns, candidacies and honors, the naming procedure, quotas, ledgers. */
export const honorsSubgraph: SubgraphDescriptor<Loaders, SeedData> = {
  name: SCHEMA,
  defaultPort: 4004,
  summary: '`Campaign`, `Honor`, `HonorEvent`, `Objection`, `LedgerSubmission`: the yearly campaigns, candidacies and honors with their histories, objections, the units’ ledger submissions; adds `honors` to `Member`, `Team`, `Unit` and `Industry` and `quota(campaignId)` to `Unit`; `declareHonor` and `transitionHonor`; city-wide `quotaAttainment`, `honorCounts`, `managementActions`, `rectifications`; objections (`lodgeObjection` open to everyone, `resolveObjection`, `Honor.objections`), plaques (`plaque(code)` public, `plaqueQr`), the public honor roll (`honorRoll(year)`), holiday schedules (`holidaySchedules`, `addHolidaySchedule`); ledgers: `submitLedger`, `ledgerSubmissions` (on time, late, missing), XLSX export and import',
  buildSchema: () => buildFederatedSchema(
      {
        resolvers: [
          CampaignResolver, HonorResolver, MemberHonorsResolver, TeamHonorsResolver, UnitHonorsResolver, IndustryHonorsResolver, UnitQuotaResolver,
          AttainmentResolver, AnalyticsResolver, ObjectionResolver, HonorObjectionsResolver, PlaqueResolver, HolidayScheduleResolver, LedgerResolver, RollResolver,
          HonorQueueResolver, CampaignQueueResolver,
        ],
      },
      referenceResolvers,
      { Unit: { quota: resolveUnitQuota } },
    ),
  entities: [VersionedRecord, Campaign, Honor, HonorEvent, Objection, LedgerSubmission, AuditEvent],
  migrations,
  createLoaders,
  // What a declared subject is, its unit and whether that unit is excluded: asked of their owners.
  asks: ['units', 'members'],
  seed: loadHonorsSeed,
};
