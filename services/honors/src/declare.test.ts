import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let campaignId: string;
let make: ReturnType<typeof directoryMaker>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);

const DECLARE = `mutation($input: DeclareHonorInput!) { declareHonor(input: $input) {
  id tier status version declaredBy declaredOn unit { id } industry { id } subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } ... on Industry { id } }
} }`;
const declare = (tier: string, subjectId: string, caller = admin, campaign = campaignId) => as(caller, DECLARE, { input: { campaignId: campaign, tier, subjectId } });

async function member(unitId: string) {
  const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
    input: { unitId, name: '王芳', gender: 'FEMALE', birthDate: '1986-04-02', joinedPartyOn: '2010-07-01', status: 'FULL', position: '科员' },
  });
  return res.data.createMember.id as string;
}

/** A unit of its own with one team and one member. */
async function unit(over: Record<string, unknown> = {}) {
  const industryId = (await make.industry()).id;
  const unitId = (await make.unit(industryId, over)).id;
  return { industryId, unitId, teamId: await make.team(unitId), memberId: await member(unitId) };
}

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  make = directoryMaker(h.client('units'));
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2016 }) { id } }`)).data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe('declaring a candidacy', () => {
  it("lets a UNIT_ADMIN declare its own unit's member, team and unit, storing the subject's unit and industry", async () => {
    const u = await unit();
    const caller = unitAdmin(u.unitId);
    for (const [tier, id, typename] of [['POST', u.memberId, 'Member'], ['TEAM', u.teamId, 'Team'], ['UNIT', u.unitId, 'Unit']] as const) {
      const res = await declare(tier, id, caller);
      expect(res.errors, tier).toBeUndefined();
      expect(res.data.declareHonor).toMatchObject({
        tier, status: 'DECLARED', version: 1, declaredBy: caller.sub, unit: { id: u.unitId }, industry: { id: u.industryId },
        subject: { __typename: typename, id },
      });
    }
    const audits = await h.sql(`select detail->>'tier' as tier from honors.audit_event where operation = 'declareHonor' and unit_id = $1 order by at`, [u.unitId]);
    expect(audits.map((a) => a.tier)).toEqual(['POST', 'TEAM', 'UNIT']);
  });

  it('refuses a second live candidacy of the subject in the campaign, even when two race, and takes one again after a withdrawal', async () => {
    const u = await unit();
    const race = await Promise.all([declare('POST', u.memberId), declare('POST', u.memberId)]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'subjectId' });
    const first = race.find((r) => !r.errors)!.data.declareHonor;
    const withdrawn = await as(unitAdmin(u.unitId), `mutation($input: TransitionHonorInput!) { transitionHonor(input: $input) { status } }`, {
      input: { honorId: first.id, action: 'WITHDRAW', expectedVersion: 1 },
    });
    expect(withdrawn.data.transitionHonor.status).toBe('WITHDRAWN');
    expect((await declare('POST', u.memberId)).errors).toBeUndefined();
  });

  it("refuses a subject of another tier's kind or of an excluded unit with BAD_USER_INPUT on subjectId", async () => {
    const u = await unit();
    expect((await declare('POST', u.teamId)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await declare('UNIT', u.memberId)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await declare('INDUSTRY', u.unitId)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    const excluded = await unit({ excluded: true });
    expect((await declare('POST', excluded.memberId)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await declare('POST', randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
    expect((await declare('POST', u.memberId, admin, randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
    expect(await h.sql(`select 1 from honors.honor where unit_id in ($1, $2)`, [u.unitId, excluded.unitId])).toEqual([]);
  });

  it("keeps a UNIT_ADMIN to its own unit's subjects, industries to ADMIN, and LEADER to reading", async () => {
    const mine = await unit();
    const other = await unit();
    const caller = unitAdmin(mine.unitId);
    // Another unit's member and team are not visible to it at all; the unit (public) is refused.
    expect((await declare('POST', other.memberId, caller)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await declare('TEAM', other.teamId, caller)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await declare('UNIT', other.unitId, caller)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await declare('INDUSTRY', mine.industryId, caller)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await declare('POST', mine.memberId, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.sql(`select 1 from honors.honor where unit_id = $1`, [other.unitId])).toEqual([]);
    const industry = await declare('INDUSTRY', mine.industryId, admin);
    expect(industry.data.declareHonor).toMatchObject({ tier: 'INDUSTRY', unit: null, industry: { id: mine.industryId }, subject: { __typename: 'Industry' } });
  });
});
