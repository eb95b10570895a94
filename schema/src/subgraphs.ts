import { buildMembersSchema } from '@sfxd/members';
import { buildUnitsSchema } from '@sfxd/units';
import type { GraphQLSchema } from 'graphql';

/** Every subgraph of the platform, with the URL it listens on by default. */
export const subgraphs: { name: string; url: string; build: () => Promise<GraphQLSchema> }[] = [
  { name: 'units', url: 'http://127.0.0.1:4001/graphql', build: buildUnitsSchema },
  { name: 'members', url: 'http://127.0.0.1:4002/graphql', build: buildMembersSchema },
];
