import { startTestSubgraphs } from '@sfxd/kit/testing';
import { membersSubgraph } from '@sfxd/members';
import { unitsSubgraph } from '@sfxd/units';
import { honorsSubgraph } from '../subgraph.js';

/** The honors subgraph with the units and members subgraphs it asks about subjects, on a fresh database. */
export const startHonorsSubgraphs = () => startTestSubgraphs([unitsSubgraph, membersSubgraph, honorsSubgraph]);
