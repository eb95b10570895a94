import { AuditEvent, VersionedRecord, buildFederatedSchema, type SubgraphDescriptor } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { Campaign } from './campaign/campaign.entity.js';
import { CampaignResolver } from './campaign/campaign.resolver.js';
import { SCHEMA } from './database-schema.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './references.js';
import { loadHonorsSeed } from './seed/honors.seed.load.js';

/** The honors subgraph: campaigns, candidacies and honors, the naming procedure, quotas, ledgers. */
export const honorsSubgraph: SubgraphDescriptor<Loaders, SeedData> = {
  name: SCHEMA,
  defaultPort: 4004,
  summary: '`Campaign`: the yearly campaigns and their rules (candidacies, honors, quotas and ledgers to come)',
  buildSchema: () => buildFederatedSchema({ resolvers: [CampaignResolver] }, referenceResolvers),
  entities: [VersionedRecord, Campaign, AuditEvent],
  migrations,
  createLoaders,
  // One campaign a year, three phases each.
  listSizes: { 'Query.campaigns': 10, 'Campaign.phases': 3 },
  seed: loadHonorsSeed,
};
