import { startTestSubgraphs } from '@sfxd/kit/testing';
import { unitsSubgraph } from '@sfxd/units';
import { directoryMaker } from '@sfxd/units/testing';
import { membersSubgraph } from '../subgraph.js';

export { admin, integrator, leader, unitAdmin } from '@sfxd/kit/testing';

/**
 * The members subgraph with the real units subgraph beside it (it asks units whether a unit
 * exists and which teams it has), on a fresh database, called as the gateway would call them.
 */
export async function startMembersFixture() {
  const h = await startTestSubgraphs([unitsSubgraph, membersSubgraph]);
  const units = h.client('units');
  const make = directoryMaker(units);
  return {
    ...h,
    url: h.subgraph('members').url,
    unitsUrl: h.subgraph('units').url,
    /** The members subgraph's ORM, with its SQL statement counter. */
    service: { db: h.subgraph('members').db },
    /** A request to the members subgraph. */
    as: h.client('members'),
    /** A request to the units subgraph, to make units and teams. */
    units,
    industry: async (code?: string, name?: string) => (await make.industry({ ...(code ? { code } : {}), ...(name ? { name } : {}) })).id,
    unit: async (industryId: string, code?: string, name?: string) => (await make.unit(industryId, { ...(code ? { code } : {}), ...(name ? { name } : {}) })).id,
    team: (unitId: string, name?: string) => make.team(unitId, name),
  };
}

export type MembersFixture = Awaited<ReturnType<typeof startMembersFixture>>;

export const CREATE_MEMBER = `mutation($input: CreateMemberInput!) {
  createMember(input: $input) { id name gender birthDate joinedPartyOn status position phone version unit { id } team { id } }
}`;

/** A valid new member of a unit; override what a test is about. */
export const newMember = (unitId: string, over: Record<string, unknown> = {}) => ({
  unitId,
  name: '张伟',
  gender: 'MALE',
  birthDate: '1985-03-12',
  joinedPartyOn: '2008-07-01',
  status: 'FULL',
  position: '科员',
  phone: '13812345678',
  ...over,
});
