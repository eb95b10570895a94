import { sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CampaignByYear, CampaignHonors, Campaigns, CreateCampaign, DeclareHonor, HonorDetail, TransitionHonor, UnitsWithHonors, UnitsWithQuota, UpdateCampaign,
} from './documents.js';
import { ADMIN, INTEGRATOR, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
});

afterAll(async () => {
  await platform?.dispose();
});

describe('campaigns through the gateway', () => {
  it('show the demo campaigns of 2016 and 2015, newest first, with the plan’s settings and their candidacies loaded', async () => {
    const res = await request(Campaigns, {}, LEADER);
    expect(res.errors).toBeUndefined();
    expect(res.data!.campaigns.map((c) => c.year)).toEqual([2016, 2015]);
    expect(res.data!.campaigns[0]).toMatchObject({
      name: '2016年共产党员示范行动',
      phases: [
        { name: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
        { name: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
        { name: '巩固提升', startsOn: '2016-12-01', endsOn: '2016-12-31' },
      ],
      ledgerDueOn: '2016-06-20', firstBatchBy: '2016-07-01', postRatio: 0.1, teamRatio: 0.1, unitRatio: 0.1,
      industryMin: 2, industryMax: 3, weights: { masses: 0.4, peers: 0.3, leaders: 0.3 }, publicityWorkingDays: 5,
    });
    const perYear = await sql(`select c.year, count(h.id)::int as honors from honors.campaign c join honors.honor h on h.campaign_id = c.id group by c.year order by c.year`);
    expect(perYear.map((r) => r.year)).toEqual([2015, 2016]);
    expect(perYear[1].honors).toBeGreaterThan(perYear[0].honors);
  });

  it('are created and changed by ADMIN, one a year, and read by every signed-in role', async () => {
    const created = await request(CreateCampaign, { input: { year: 2017, name: '2017年示范行动' } }, ADMIN);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCampaign).toMatchObject({ year: 2017, name: '2017年示范行动', version: 1, ledgerDueOn: '2017-06-20' });
    const again = await request(CreateCampaign, { input: { year: 2016 } }, ADMIN);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'year' });

    const id = created.data!.createCampaign.id;
    const changed = await request(UpdateCampaign, { input: { id, expectedVersion: 1, publicityWorkingDays: 7 } }, ADMIN);
    expect(changed.data!.updateCampaign).toEqual({ id, version: 2, publicityWorkingDays: 7 });
    for (const caller of [LEADER, INTEGRATOR, unitAdmin(platform.seeded!.units[0]!.id)]) {
      const read = await request(CampaignByYear, { year: 2017 }, caller);
      expect(read.data!.campaignByYear).toMatchObject({ id, year: 2017, version: 2, publicityWorkingDays: 7 });
      const write = await request(UpdateCampaign, { input: { id, expectedVersion: 2, publicityWorkingDays: 9 } }, caller);
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const audits = await sql(`select operation from honors.audit_event where entity_id = $1 order by at`, [id]);
    expect(audits.map((a) => a.operation)).toEqual(['createCampaign', 'updateCampaign']);
  });

  it('are not shown to anonymous callers', async () => {
    const res = await request(Campaigns, {}, null);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('candidacies and honors through the gateway', () => {
  const campaign2016 = async () => (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!;

  it('name each subject as its owning subgraph knows it: a member, a team, a unit or an industry', async () => {
    const { id } = await campaign2016();
    const kinds = { POST: 'Member', TEAM: 'Team', UNIT: 'Unit', INDUSTRY: 'Industry' } as const;
    for (const [tier, typename] of Object.entries(kinds)) {
      const res = await request(CampaignHonors, { campaignId: id, tier: tier as keyof typeof kinds, first: 5 }, LEADER);
      expect(res.errors, tier).toBeUndefined();
      const page = res.data!.honors;
      expect(page.totalCount, tier).toBeGreaterThan(0);
      for (const { node } of page.edges) {
        expect(node.subject.__typename).toBe(typename);
        expect((node.subject as { name: string }).name, tier).toBeTruthy();
        if (tier === 'INDUSTRY') expect(node.unit).toBeNull();
        else expect(node.unit!.name).toBeTruthy();
      }
    }
  });

  it("give a unit's own candidacies on the unit, and keep a UNIT_ADMIN to its own unit's", async () => {
    const { id } = await campaign2016();
    const res = await request(UnitsWithHonors, { campaignId: id }, LEADER);
    expect(res.errors).toBeUndefined();
    const withHonors = res.data!.units.filter((u) => u.honors.length > 0);
    expect(withHonors.length).toBeGreaterThan(0);
    for (const u of withHonors) expect(u.honors.every((x) => x.tier === 'UNIT')).toBe(true);

    const mine = withHonors[0]!;
    const other = withHonors.find((u) => u.id !== mine.id);
    const scoped = await request(UnitsWithHonors, { campaignId: id }, unitAdmin(mine.id));
    for (const u of scoped.data!.units) expect(u.honors.length, u.name).toBe(u.id === mine.id ? mine.honors.length : 0);
    const detail = await request(HonorDetail, { id: mine.honors[0]!.id }, unitAdmin(mine.id));
    expect(detail.data!.honor).toMatchObject({ id: mine.honors[0]!.id, campaign: { year: 2016 } });
    expect(detail.data!.honor!.events.length).toBeGreaterThan(0);
    if (other) {
      const refused = await request(HonorDetail, { id: other.honors[0]!.id }, unitAdmin(mine.id));
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await request(CampaignHonors, { campaignId: id }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('declaring and the naming procedure through the gateway', () => {
  it("lets a UNIT_ADMIN declare its own unit's member and not another's, and lets one of two steps at one version win", async () => {
    const created = await request(CreateCampaign, { input: { year: 2018 } }, ADMIN);
    const campaignId = created.data!.createCampaign.id;
    const [unitA, unitB] = platform.seeded!.units.filter((u) => !u.excluded);
    const memberOf = (unitId: string) => platform.seeded!.members.find((m) => m.unitId === unitId)!;
    const caller = unitAdmin(unitA!.id);

    const declared = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: memberOf(unitA!.id).id } }, caller);
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareHonor).toMatchObject({
      tier: 'POST', status: 'DECLARED', version: 1, unit: { id: unitA!.id },
      subject: { __typename: 'Member', id: memberOf(unitA!.id).id, name: memberOf(unitA!.id).name },
    });
    const foreign = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: memberOf(unitB!.id).id } }, caller);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const twice = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: memberOf(unitA!.id).id } }, ADMIN);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const honorId = declared.data!.declareHonor.id;
    const early = await request(TransitionHonor, { input: { honorId, action: 'CONFIRM', expectedVersion: 1 } }, ADMIN);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'DECLARED' });
    const review = await request(TransitionHonor, { input: { honorId, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN);
    expect(review.data!.transitionHonor).toMatchObject({ status: 'MASS_REVIEW', version: 2 });
    const race = await Promise.all([
      request(TransitionHonor, { input: { honorId, action: 'REJECT', expectedVersion: 2, note: '群众评议未通过' } }, ADMIN),
      request(TransitionHonor, { input: { honorId, action: 'WITHDRAW', expectedVersion: 2 } }, caller),
    ]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.find((r) => r.errors)!.errors![0]!.extensions!.code).toBe('CONFLICT');
    const detail = await request(HonorDetail, { id: honorId }, LEADER);
    expect(detail.data!.honor!.events.map((e) => e.action)).toHaveLength(2);
    expect(detail.data!.honor!.version).toBe(3);
  });
});

describe('quotas through the gateway', () => {
  it("compute every unit's post and team quota from the members' and teams' counts of their owners and the declared candidacies", async () => {
    const { id } = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!;
    const res = await request(UnitsWithQuota, { campaignId: id }, LEADER);
    expect(res.errors).toBeUndefined();
    const declared = await sql(`select unit_id, tier, count(*)::int as n from honors.honor where campaign_id = $1 and tier in ('POST', 'TEAM')
      and status not in ('REJECTED', 'WITHDRAWN', 'REVOKED') group by unit_id, tier`, [id]);
    const count = (unitId: string, tier: string) => declared.find((d) => d.unit_id === unitId && d.tier === tier)?.n ?? 0;
    const seeded = platform.seeded!;
    expect(res.data!.units.some((u) => u.excluded)).toBe(true);
    for (const u of res.data!.units) {
      if (u.excluded) {
        expect(u.quota, u.id).toBeNull();
        continue;
      }
      const members = seeded.members.filter((m) => m.unitId === u.id).length;
      const teams = seeded.teams.filter((t) => t.unitId === u.id).length;
      expect(u.quota, u.id).toEqual({
        partyMembers: members, teams,
        posts: { count: count(u.id, 'POST'), target: Math.ceil(members / 10), attained: count(u.id, 'POST') >= Math.ceil(members / 10) },
        teamQuota: { count: count(u.id, 'TEAM'), target: Math.ceil(teams / 10), attained: count(u.id, 'TEAM') >= Math.ceil(teams / 10) },
      });
    }
  });
});
