import type { Logger, OrmHandle } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { createMembersService, loadMembersSeed } from '@sfxd/members';
import { createUnitsService, loadUnitsSeed } from '@sfxd/units';

export interface ServiceOptions {
  databaseUrl: string;
  subgraphSecret: string;
  production?: boolean;
  logger?: Logger;
  /** GraphQL URLs of the subgraphs started before this one, by name (members asks units). */
  subgraphUrls?: Record<string, string>;
}

interface StartedService {
  db: OrmHandle;
  listen(port: number, host?: string): Promise<{ url: string; port: number; close(): Promise<void> }>;
}

export interface SubgraphDescriptor {
  name: string;
  defaultPort: number;
  create(options: ServiceOptions): Promise<StartedService>;
  /** Loads this subgraph's slice of the demo data if its tables are empty; true when it did. */
  seed(service: StartedService, data: SeedData): Promise<boolean>;
}

/** Every subgraph the platform runs, in start order. A new subgraph is one more entry here. */
export const SUBGRAPHS: SubgraphDescriptor[] = [
  { name: 'units', defaultPort: 4001, create: createUnitsService, seed: (s, data) => loadUnitsSeed(s.db.orm, data) },
  {
    name: 'members',
    defaultPort: 4002,
    create: (o) => createMembersService({ ...o, unitsUrl: o.subgraphUrls?.units }),
    seed: (s, data) => loadMembersSeed(s.db.orm, data),
  },
];
