import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { membersSubgraph } from '@sfxd/members';
import { generateSeed } from '@sfxd/seed';
import { unitsSubgraph } from '@sfxd/units';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

const ATTAINMENT = `query($c: ID!) { quotaAttainment(campaignId: $c) {
  campaign { year } participatingUnits
  posts { count target ratio attained unitsAttaining } teams { count target ratio attained unitsAttaining }
  units { count target ratio attained } industries { count target ratio attained min max }
} }`;

const started: TestSubgraphs[] = [];
afterAll(async () => {
  for (const h of started) await h.close();
});

async function start(): Promise<TestSubgraphs> {
  const h = await startHonorsSubgraphs();
  started.push(h);
  return h;
}

/** A candidacy as it stands, written straight into the honors schema (its history does not matter to the quotas). */
function honorMaker(h: TestSubgraphs) {
  return async (campaignId: string, unitId: string | null, tier: string, status: string) => {
    const subjectKind = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' }[tier];
    const subjectId = tier === 'UNIT' ? unitId : randomUUID();
    await h.sql(
      `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by,
         rectification_deadline, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, '2016-05-20', 'test', $9, now(), now())`,
      [randomUUID(), campaignId, tier, subjectId, subjectKind, unitId, randomUUID(), status, status === 'RECTIFYING' ? '2016-11-30' : null],
    );
  };
}

describe('the city-wide quota attainment', () => {
  let h: TestSubgraphs;
  let campaignId: string;
  const ask = (caller: Parameters<ReturnType<TestSubgraphs['client']>>[0], c = campaignId) => h.client('honors')(caller, ATTAINMENT, { c });
  const units: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

  beforeAll(async () => {
    h = await start();
    const make = directoryMaker(h.client('units'));
    const industryId = (await make.industry()).id;
    /** A unit with `members` Party members and `teams` teams, made through their owners' APIs. */
    const unit = async (members: number, teams: number, excluded = false) => {
      const id = (await make.unit(industryId, { excluded })).id;
      for (let i = 0; i < teams; i++) await make.team(id);
      for (let i = 0; i < members; i++) {
        const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
          input: { unitId: id, name: `党员${i}`, gender: 'MALE', birthDate: '1980-01-01', joinedPartyOn: '2005-07-01', status: 'FULL', position: '科员' },
        });
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }
      return id;
    };
    units.A = await unit(25, 3); // targets: 3 posts, 1 team
    units.B = await unit(12, 2); // targets: 2 posts, 1 team
    units.C = await unit(30, 2, true); // organises its own action
    units.D = await unit(5, 0); // targets: 1 post, no team
    campaignId = (await h.client('honors')(admin, `mutation { createCampaign(input: { year: 2016 }) { id } }`)).data.createCampaign.id;
    const honor = honorMaker(h);
    // A: 3 posts that count (declared, named, rectifying) and 3 that do not; a team in publicity; named as a unit.
    for (const status of ['DECLARED', 'NAMED', 'RECTIFYING', 'WITHDRAWN', 'REJECTED', 'REVOKED']) await honor(campaignId, units.A, 'POST', status);
    await honor(campaignId, units.A, 'TEAM', 'PUBLICIZING');
    await honor(campaignId, units.A, 'UNIT', 'NAMED');
    // B: one post under review, a revoked one, no team; its unit name revoked.
    await honor(campaignId, units.B, 'POST', 'MASS_REVIEW');
    await honor(campaignId, units.B, 'POST', 'REVOKED');
    await honor(campaignId, units.B, 'UNIT', 'REVOKED');
    // C was named before it was excluded: neither its candidacies nor its name count.
    await honor(campaignId, units.C, 'POST', 'NAMED');
    await honor(campaignId, units.C, 'UNIT', 'NAMED');
    // D: one confirmed post attains its target of 1; its unit candidacy is only declared.
    await honor(campaignId, units.D, 'POST', 'CONFIRMED');
    await honor(campaignId, units.D, 'UNIT', 'CONFIRMED');
    // Industries: one named, one rectifying (both still named), one revoked, one rejected.
    for (const status of ['NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED']) await honor(campaignId, null, 'INDUSTRY', status);
  });

  it('sums declared posts and teams and their targets over the participating units, attained only when every unit attains its own', async () => {
    const res = await ask(leader);
    expect(res.errors).toBeUndefined();
    const q = res.data.quotaAttainment;
    expect(q.campaign).toEqual({ year: 2016 });
    expect(q.participatingUnits).toBe(3);
    // A 3 of 3, B 1 of 2, D 1 of 1.
    expect(q.posts).toEqual({ count: 5, target: 6, ratio: 5 / 6, attained: false, unitsAttaining: 2 });
    // A 1 of 1, B 0 of 1, D 0 of 0.
    expect(q.teams).toEqual({ count: 1, target: 2, ratio: 0.5, attained: false, unitsAttaining: 2 });
  });

  it('counts named units (NAMED or RECTIFYING) against 10% of the participating units, and 2–3 named industries', async () => {
    const q = (await ask(leader)).data.quotaAttainment;
    expect(q.units).toEqual({ count: 1, target: 1, ratio: 1, attained: true });
    expect(q.industries).toEqual({ count: 2, target: 2, ratio: 1, attained: true, min: 2, max: 3 });
  });

  it('moves with the candidacies: two posts declared for B attain its post quota, and a third named industry still attains', async () => {
    const honor = honorMaker(h);
    const other = (await h.client('honors')(admin, `mutation { createCampaign(input: { year: 2017 }) { id } }`)).data.createCampaign.id;
    const before = (await ask(leader, other)).data.quotaAttainment;
    expect(before).toMatchObject({ posts: { count: 0, target: 6, unitsAttaining: 0 }, teams: { count: 0, target: 2, unitsAttaining: 1 }, units: { count: 0, target: 1, attained: false } });
    await honor(other, units.B, 'POST', 'DECLARED');
    await honor(other, units.B, 'POST', 'NAMED');
    for (const status of ['NAMED', 'NAMED', 'NAMED']) await honor(other, null, 'INDUSTRY', status);
    const after = (await ask(leader, other)).data.quotaAttainment;
    expect(after.posts).toEqual({ count: 2, target: 6, ratio: 2 / 6, attained: false, unitsAttaining: 1 });
    expect(after.industries).toMatchObject({ count: 3, attained: true });
  });

  it('uses the campaign’s own ratios', async () => {
    const res = await h.client('honors')(admin, `mutation { createCampaign(input: { year: 2018, postRatio: 0.2, teamRatio: 1, unitRatio: 0.5, industryMin: 1, industryMax: 1 }) { id } }`);
    const q = (await ask(leader, res.data.createCampaign.id)).data.quotaAttainment;
    // Posts: 20% of 25, 12 and 5 is 5 + 3 + 1; teams: all 3 + 2 + 0; units: half of 3 is 2.
    expect(q.posts.target).toBe(9);
    expect(q.teams.target).toBe(5);
    expect(q.units.target).toBe(2);
    expect(q.industries).toMatchObject({ count: 0, target: 1, min: 1, max: 1, attained: false });
  });

  it('is the same city-wide figure for ADMIN, LEADER, INTEGRATOR and a UNIT_ADMIN, and refused to anonymous callers', async () => {
    const answers = await Promise.all([admin, leader, integrator, unitAdmin(units.B)].map(async (caller) => (await ask(caller)).data.quotaAttainment));
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect((await ask(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is null for an unknown campaign and for an id that is no campaign’s', async () => {
    expect((await ask(leader, randomUUID())).data.quotaAttainment).toBeNull();
    expect((await ask(leader, 'not-an-id')).data.quotaAttainment).toBeNull();
  });
});

describe('the city-wide quota attainment at scale', () => {
  /** A city of `n` units from the seed generator, with 2 posts and a team declared per unit; the statements each subgraph ran for one quotaAttainment. */
  async function cityOf(n: number) {
    const h = await start();
    const data = generateSeed({ seed: n, units: n, membersPerUnit: 3, activitiesPerMember: 0 });
    await unitsSubgraph.seed!(h.subgraph('units').db.orm, data);
    await membersSubgraph.seed!(h.subgraph('members').db.orm, data);
    const campaignId = (await h.client('honors')(admin, `mutation { createCampaign(input: { year: 2016 }) { id } }`)).data.createCampaign.id;
    await h.sql(
      `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by, created_at, updated_at)
       select gen_random_uuid(), $1, t.tier, gen_random_uuid(), t.kind, u.id, gen_random_uuid(), 'DECLARED', '2016-05-20', 'test', now(), now()
         from unnest($2::uuid[]) as u(id) cross join (values ('POST', 'MEMBER'), ('POST', 'MEMBER'), ('TEAM', 'TEAM')) as t(tier, kind)`,
      [campaignId, data.units.map((u) => u.id)],
    );
    const counters = ['honors', 'units', 'members'].map((name) => h.subgraph(name).db.queries);
    for (const c of counters) c.reset();
    const res = await h.client('honors')(leader, ATTAINMENT, { c: campaignId });
    expect(res.errors).toBeUndefined();
    const participating = data.units.filter((u) => !u.excluded);
    const members = (unitId: string) => data.members.filter((m) => m.unitId === unitId).length;
    const teams = (unitId: string) => data.teams.filter((t) => t.unitId === unitId).length;
    expect(res.data.quotaAttainment).toMatchObject({
      participatingUnits: participating.length,
      posts: { count: 2 * participating.length, target: participating.reduce((s, u) => s + Math.ceil(members(u.id) / 10), 0) },
      teams: { count: participating.length, target: participating.reduce((s, u) => s + Math.ceil(teams(u.id) / 10), 0) },
    });
    const [honors, units, membersStatements] = counters.map((c) => c.count);
    return { honors, units, members: membersStatements, participating: participating.length };
  }

  it('asks the units and members subgraphs once each and runs the same SQL statements for 10 units as for 1,000', async () => {
    const small = await cityOf(10);
    const large = await cityOf(1000);
    expect(large.participating).toBeGreaterThan(800);
    expect({ ...large, participating: 0 }).toEqual({ ...small, participating: 0 });
    // The campaign and the grouped counts here; the unit list and its team counts at units; the member counts at members.
    expect(small).toMatchObject({ honors: 2, units: 2, members: 1 });
  });
});
