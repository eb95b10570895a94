import { DEV_SUBGRAPH_SECRET, Role, createLogger, type Caller } from '@sfxd/kit';
import { createTestDatabase, gatewayHeaders, postGraphQL, sqlRows, type TestDatabase } from '@sfxd/kit/testing';
import { createUnitsService } from '@sfxd/units';
import { createMembersService } from '../server.js';

export const admin: Caller = { sub: 'admin-1', role: Role.ADMIN };
export const leader: Caller = { sub: 'leader-1', role: Role.LEADER };
export const integrator: Caller = { sub: 'integrator-1', role: Role.INTEGRATOR };
export const unitAdmin = (unitId: string): Caller => ({ sub: `ua-${unitId.slice(0, 8)}`, role: Role.UNIT_ADMIN, unitId });

/**
 * The members subgraph with the real units subgraph beside it (it asks units whether a unit
 * exists and which teams it has), on a fresh database, called as the gateway would call them.
 */
export async function startMembersFixture() {
  const logger = createLogger('members-test', process.env.LOG_LEVEL ?? 'silent');
  const db: TestDatabase = await createTestDatabase();
  const units = await createUnitsService({ databaseUrl: db.url, subgraphSecret: DEV_SUBGRAPH_SECRET, logger });
  const unitsRunning = await units.listen(0);
  const members = await createMembersService({ databaseUrl: db.url, subgraphSecret: DEV_SUBGRAPH_SECRET, unitsUrl: unitsRunning.url, logger });
  const membersRunning = await members.listen(0);

  const call = async (url: string, caller: Caller | null, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(url, query, variables, await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET));

  const fixture = {
    db,
    service: members,
    url: membersRunning.url,
    unitsUrl: unitsRunning.url,
    /** A request to the members subgraph. */
    as: (caller: Caller | null, query: string, variables: Record<string, unknown> = {}) => call(membersRunning.url, caller, query, variables),
    /** A request to the units subgraph, to make units and teams. */
    units: (caller: Caller | null, query: string, variables: Record<string, unknown> = {}) => call(unitsRunning.url, caller, query, variables),
    sql: <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(db.url, text, params),
    async industry(code: string, name: string): Promise<string> {
      const res = await fixture.units(admin, 'mutation($i: CreateIndustryInput!) { createIndustry(input: $i) { id } }', { i: { code, name } });
      return res.data.createIndustry.id;
    },
    async unit(industryId: string, code: string, name: string): Promise<string> {
      const res = await fixture.units(admin, 'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }', { i: { code, name, industryId } });
      return res.data.createUnit.id;
    },
    async team(unitId: string, name: string): Promise<string> {
      const res = await fixture.units(admin, 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', { i: { unitId, name } });
      return res.data.createTeam.id;
    },
    async close() {
      await membersRunning.close();
      await unitsRunning.close();
      await db.drop();
    },
  };
  return fixture;
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
