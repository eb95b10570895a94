import { businessToday } from '@sfxd/kit';
import { admin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

// The public honor roll (光荣榜), as an anonymous caller reads it from the honors subgraph.
/** The committee's "today", read by the subgraphs on every request: the first batch is named before 七一, the second in the autumn. */
const on = (date: string) => {
  process.env.BUSINESS_DATE = date;
  return businessToday();
};
const FIRST = '2026-06-29';
const SECOND = '2026-09-28';
let today = on(FIRST);

let h: TestSubgraphs;
let make: ReturnType<typeof directoryMaker>;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const statements = () => h.subgraph('honors').db.queries;

const ROLL = `query($year: Int!) { honorRoll(year: $year) {
  year campaignName
  named { tier name unitName batch namedOn status verificationCode }
  publicizing { honorId tier name unitName publicityStartsOn publicityEndsOn }
} }`;
const STEP = `mutation($input: TransitionHonorInput!) { transitionHonor(input: $input) { status version } }`;
const KIND = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' } as const;
type Tier = keyof typeof KIND;

/** A real subject of a tier: a member with a position, a team, a unit or an industry. */
async function subject(tier: Tier) {
  const industry = await make.industry();
  const unit = tier === 'INDUSTRY' ? null : await make.unit(industry.id);
  let id: string;
  let name: string;
  if (tier === 'POST') {
    name = `赵${randomUUID().slice(0, 3)}`;
    const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
      input: { unitId: unit!.id, name, gender: 'FEMALE', birthDate: '1985-05-05', joinedPartyOn: '2008-07-01', status: 'FULL', position: '副科长', phone: '13800001111' },
    });
    id = res.data.createMember.id;
  } else if (tier === 'TEAM') {
    name = `便民服务窗口${randomUUID().slice(0, 4)}`;
    id = await make.team(unit!.id, name);
  } else [id, name] = tier === 'UNIT' ? [unit!.id, unit!.name] : [industry.id, industry.name];
  return { id, name, unit, industry };
}

/** A candidacy of a real subject in `status`, the way the procedure leaves it. */
async function candidacy(tier: Tier, status: string) {
  const s = await subject(tier);
  const id = randomUUID();
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by,
       publicity_starts_on, publicity_ends_on, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test', $10, $11, now(), now())`,
    [id, campaignId, tier, s.id, KIND[tier], s.unit?.id ?? null, s.industry.id, status, addDays(today, -30),
      ['MASS_REVIEW', 'DECLARED'].includes(status) ? null : addDays(today, -20), ['MASS_REVIEW', 'DECLARED'].includes(status) ? null : addDays(today, -10)],
  );
  return { ...s, honorId: id };
}

const step = (honorId: string, input: Record<string, unknown>) => as(admin, STEP, { input: { honorId, ...input } });

/** Confirmed, then named through transitionHonor (the inscription asked of the owners). */
async function named(tier: Tier, batch: string) {
  const c = await candidacy(tier, 'CONFIRMED');
  const res = await step(c.honorId, { action: 'NAME', expectedVersion: 1, plaqueNumber: `P-${randomUUID().slice(0, 8)}`, batch });
  expect(res.errors).toBeUndefined();
  const [row] = await h.sql(`select verification_code from honors.honor where id = $1`, [c.honorId]);
  return { ...c, code: row.verification_code as string };
}

/** In mass review, then publicized through transitionHonor from today. */
async function publicized(tier: Tier) {
  const c = await candidacy(tier, 'MASS_REVIEW');
  const res = await step(c.honorId, { action: 'PUBLICIZE', expectedVersion: 1, publicityStartsOn: today });
  expect(res.errors).toBeUndefined();
  return c;
}

let first: Awaited<ReturnType<typeof named>>[];
let second: Awaited<ReturnType<typeof named>>;
let rectifying: Awaited<ReturnType<typeof named>>;
let inPublicity: Awaited<ReturnType<typeof publicized>>;

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  make = directoryMaker(h.client('units'));
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2026 }) { id } }`)).data.createCampaign.id;
  first = [await named('POST', '七一前首批'), await named('TEAM', '七一前首批'), await named('UNIT', '七一前首批'), await named('INDUSTRY', '七一前首批')];
  today = on(SECOND);
  second = await named('POST', '国庆前第二批');
  rectifying = await named('TEAM', '国庆前第二批');
  const ordered = await step(rectifying.honorId, { action: 'ORDER_RECTIFICATION', expectedVersion: 2, note: '服务窗口投诉较多，限期整改', deadline: addDays(today, 30) });
  expect(ordered.errors).toBeUndefined();
  inPublicity = await publicized('POST');
  // None of these may show: rejected, withdrawn, revoked, and candidacies not yet publicized or confirmed.
  for (const status of ['REJECTED', 'WITHDRAWN', 'DECLARED', 'MASS_REVIEW', 'CONFIRMED']) await candidacy('POST', status);
  const revoked = await named('POST', '七一前首批');
  expect((await step(revoked.honorId, { action: 'REVOKE', expectedVersion: 2, note: '严重违纪，取消命名' })).errors).toBeUndefined();
});

afterAll(async () => {
  delete process.env.BUSINESS_DATE;
  await h?.close();
});

describe('the public honor roll', () => {
  it('gives anyone, without a token, the year’s named posts, teams, units and industries by batch — the batch named first first — each with its plaque’s code', async () => {
    const res = await as(null, ROLL, { year: 2026 });
    expect(res.errors).toBeUndefined();
    const roll = res.data.honorRoll;
    expect(roll).toMatchObject({ year: 2026, campaignName: expect.stringContaining('2026') });
    expect(roll.named).toEqual([
      { tier: 'POST', name: first[0]!.name, unitName: first[0]!.unit!.name, batch: '七一前首批', namedOn: FIRST, status: 'VALID', verificationCode: first[0]!.code },
      { tier: 'TEAM', name: first[1]!.name, unitName: first[1]!.unit!.name, batch: '七一前首批', namedOn: FIRST, status: 'VALID', verificationCode: first[1]!.code },
      { tier: 'UNIT', name: first[2]!.name, unitName: first[2]!.name, batch: '七一前首批', namedOn: FIRST, status: 'VALID', verificationCode: first[2]!.code },
      { tier: 'INDUSTRY', name: first[3]!.name, unitName: null, batch: '七一前首批', namedOn: FIRST, status: 'VALID', verificationCode: first[3]!.code },
      { tier: 'POST', name: second.name, unitName: second.unit!.name, batch: '国庆前第二批', namedOn: SECOND, status: 'VALID', verificationCode: second.code },
      { tier: 'TEAM', name: rectifying.name, unitName: rectifying.unit!.name, batch: '国庆前第二批', namedOn: SECOND, status: 'RECTIFYING', verificationCode: rectifying.code },
    ]);
  });

  it('lists the candidacies in publicity under the names announced when they were publicized, with their window, for objections', async () => {
    const { publicizing } = (await as(null, ROLL, { year: 2026 })).data.honorRoll;
    expect(publicizing).toEqual([
      { honorId: inPublicity.honorId, tier: 'POST', name: inPublicity.name, unitName: inPublicity.unit!.name, publicityStartsOn: today, publicityEndsOn: expect.any(String) },
    ]);
    const [row] = await h.sql(`select publicity_ends_on::text as ends from honors.honor where id = $1`, [inPublicity.honorId]);
    expect(publicizing[0].publicityEndsOn).toBe(row.ends);
    // The objection form's target: a lodged objection is accepted for it.
    const lodged = await as(null, `mutation($input: LodgeObjectionInput!) { lodgeObjection(input: $input) { id } }`, { input: { honorId: inPublicity.honorId, reason: '群众反映该同志工作作风有问题' } });
    expect(lodged.errors).toBeUndefined();
  });

  it('carries no personal data: no position, phone or birth date is among its fields, and no rejected, withdrawn or revoked honor is on it', async () => {
    const fields = async (type: string) =>
      (await as(null, `query($t: String!) { __type(name: $t) { fields { name } } }`, { t: type })).data.__type.fields.map((f: { name: string }) => f.name).sort();
    expect(await fields('HonorRollEntry')).toEqual(['batch', 'name', 'namedOn', 'status', 'tier', 'unitName', 'verificationCode']);
    expect(await fields('PublicityEntry')).toEqual(['honorId', 'name', 'publicityEndsOn', 'publicityStartsOn', 'tier', 'unitName']);
    const roll = (await as(null, ROLL, { year: 2026 })).data.honorRoll;
    expect(roll.named).toHaveLength(6);
    expect(JSON.stringify(roll)).not.toMatch(/13800001111|1985-05-05|副科长/);
  });

  it('is read in one SQL statement however many honors the year has', async () => {
    statements().reset();
    await as(null, ROLL, { year: 2026 });
    expect(statements().count).toBe(1);
    for (let i = 0; i < 30; i++) await candidacy('UNIT', 'NAMED');
    statements().reset();
    const roll = (await as(null, ROLL, { year: 2026 })).data.honorRoll;
    expect(statements().count).toBe(1);
    expect(roll.named.length).toBe(36);
  });

  it('is null for a year without a campaign, and for a year no campaign can have', async () => {
    expect((await as(null, ROLL, { year: 2025 })).data.honorRoll).toBeNull();
    expect((await as(null, ROLL, { year: 1900 })).data.honorRoll).toBeNull();
  });
});
