import { bearer, postGraphQL } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

/**
 * The visibility rule of DESIGN.md §3 (integrators guide §8): per-unit aggregates without personal
 * data are every signed-in role's, the basis of the units' public comparison (比); records of
 * individuals are scoped to the unit for a UNIT_ADMIN.
 */

let platform: TestPlatform;
const seeded = () => platform.seeded!;

const OTHER_UNIT = `query($id: ID!) {
  unit(id: $id) {
    name
    partyMemberCount
    activityTotals(year: 2016) { type month count hours members }
    members(first: 100) { totalCount edges { node { id name } } }
  }
}`;

beforeAll(async () => {
  platform = await startTestPlatform({ seed: { units: 3, membersPerUnit: 6 } });
});

afterAll(async () => {
  await platform?.dispose();
});

describe("a UNIT_ADMIN looking at another unit", () => {
  it('reads its aggregates (party-member count, activity totals) but none of its members', async () => {
    const [own, other] = [seeded().units[0]!, seeded().units[1]!];
    const otherMembers = seeded().members.filter((m) => m.unitId === other.id);
    const otherActivities = seeded().activities.filter((a) => otherMembers.some((m) => m.id === a.memberId) && a.date.startsWith('2016'));
    expect(otherActivities.length).toBeGreaterThan(0);

    const res = await postGraphQL(platform.gatewayUrl, OTHER_UNIT, { id: other.id }, await bearer(unitAdmin(own.id), JWT_SECRET));
    expect(res.errors).toBeUndefined();
    const unit = res.data.unit;
    expect(unit.partyMemberCount).toBe(otherMembers.length);
    expect(unit.activityTotals.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(otherActivities.length);
    expect(unit.members).toEqual({ totalCount: 0, edges: [] });
  });

  it("is refused the unit's member list and each of its members", async () => {
    const [own, other] = [seeded().units[0]!, seeded().units[1]!];
    const headers = await bearer(unitAdmin(own.id), JWT_SECRET);
    const list = await postGraphQL(platform.gatewayUrl, 'query($u: ID!) { members(unitId: $u, first: 10) { totalCount } }', { u: other.id }, headers);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const someone = seeded().members.find((m) => m.unitId === other.id)!;
    const one = await postGraphQL(platform.gatewayUrl, 'query($id: ID!) { member(id: $id) { name } }', { id: someone.id }, headers);
    expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(one.data ?? null)).not.toContain(someone.name);
  });

  it("sees its own unit's members, so the empty list above is the rule and not missing data", async () => {
    const own = seeded().units[0]!;
    const res = await postGraphQL(platform.gatewayUrl, OTHER_UNIT, { id: own.id }, await bearer(unitAdmin(own.id), JWT_SECRET));
    expect(res.data.unit.members.totalCount).toBe(seeded().members.filter((m) => m.unitId === own.id).length);
  });
});

describe('an anonymous caller', () => {
  it('reads the counts of the public directory but not the activity totals', async () => {
    const other = seeded().units[1]!;
    const count = await postGraphQL(platform.gatewayUrl, 'query($id: ID!) { unit(id: $id) { partyMemberCount } }', { id: other.id });
    expect(count.data.unit.partyMemberCount).toBe(seeded().members.filter((m) => m.unitId === other.id).length);
    const totals = await postGraphQL(platform.gatewayUrl, 'query($id: ID!) { unit(id: $id) { activityTotals(year: 2016) { count } } }', { id: other.id });
    expect(totals.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
