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
import { UnitQuotaResolver } from './quota/quota.resolver.js';
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
    ),
  entities: [VersionedRecord, Campaign, Honor, HonorEvent, Objection, LedgerSubmission, AuditEvent],
  migrations,
  createLoaders,
  // What a declared subject is, its unit and whether that unit is excluded: asked of their owners.
  asks: ['units', 'members'],
  // One campaign a year, three phases each.
  // One campaign a year, three phases each; a subject has a candidacy a year, an honor a
  // dozen events at most; a unit's honors list holds its own UNIT candidacies.
  listSizes: {
    'Query.campaigns': 10, 'Campaign.phases': 3, 'Honor.events': 12,
    'Member.honors': 3, 'Team.honors': 3, 'Unit.honors': 3, 'Industry.honors': 3,
    // City-wide analytics of a city of ~100 units (the 2016 demo: 350 count rows, 33 action rows,
    // 4 rectifications), so that each one's city-wide query with unit names stays under the cost limit.
    'Query.honorCounts': 400, 'Query.managementActions': 200, 'Query.rectifications': 50,
    // A unit submits its ledger once, resubmitting now and then.
    'UnitLedger.history': 5,
    // A candidacy draws a few objections at most (five an hour from one address); a schedule has
    // seven-odd holidays; the shipped and added years are a couple of dozen.
    'Honor.objections': 10, 'Query.holidaySchedules': 30, 'HolidaySchedule.holidays': 10,
    // A city's year names some 500 posts, teams, units and industries (the 2016 demo at city
    // scale: 493) and publicizes a few dozen at a time (34): the public honor roll with its
    // seven fields stays under the cost limit.
    'HonorRoll.named': 600, 'HonorRoll.publicizing': 60,
    // Eleven actions at most; a campaign names in two or three batches (the plan: the first by 七一).
    'Honor.allowedActions': 11, 'Campaign.batches': 5,
  },
  seed: loadHonorsSeed,
};
