import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { businessToday } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const today = businessToday();
const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const ROUND_FIELDS = 'id name kind kindLabel opensOn closesOn tiers status version closedAt weights { masses peers leaders } campaign { id }';
const CREATE = `mutation($input: CreateEvaluationRoundInput!) { createEvaluationRound(input: $input) { ${ROUND_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateEvaluationRoundInput!) { updateEvaluationRound(input: $input) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($input: CloseEvaluationRoundInput!) { closeEvaluationRound(input: $input) { ${ROUND_FIELDS} } }`;
const ROUNDS = `query($campaignId: ID!) { evaluationRounds(campaignId: $campaignId) { ${ROUND_FIELDS} } }`;

let year = 2040;
const create = (campaignId: string, over: Record<string, unknown> = {}, caller = admin) =>
  as(caller, CREATE, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(30), ...over } });

beforeAll(async () => {
  h = await startEvaluationsSubgraphs();
  f = fixtures(h);
});

afterAll(async () => {
  await h?.close();
});

describe('evaluation rounds', () => {
  it("are created by ADMIN with the campaign's weights, open between their dates, and listed for every signed-in role in the order they open", async () => {
    const campaignId = await f.campaign(year++, { masses: 0.5, peers: 0.25, leaders: 0.25 });
    const later = await create(campaignId, { name: '年终考核', kind: 'YEAR_END_ASSESSMENT', opensOn: shift(5), closesOn: shift(40), tiers: ['UNIT', 'POST'] });
    expect(later.errors).toBeUndefined();
    expect(later.data.createEvaluationRound).toMatchObject({
      name: '年终考核', kind: 'YEAR_END_ASSESSMENT', kindLabel: '年终考核', tiers: ['POST', 'UNIT'], status: 'SCHEDULED', version: 1,
      weights: { masses: 0.5, peers: 0.25, leaders: 0.25 }, campaign: { id: campaignId }, closedAt: null,
    });
    const open = await create(campaignId);
    expect(open.data.createEvaluationRound).toMatchObject({ status: 'OPEN', tiers: ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] });
    for (const caller of [leader, integrator, unitAdmin(randomUUID())]) {
      const listed = await as(caller, ROUNDS, { campaignId });
      expect(listed.data.evaluationRounds.map((r: any) => r.id)).toEqual([open.data.createEvaluationRound.id, later.data.createEvaluationRound.id]);
    }
    const audits = await h.sql(`select operation, entity_id from evaluations.audit_event where operation = 'createEvaluationRound' and detail->>'campaignId' = $1`, [campaignId]);
    expect(audits).toHaveLength(2);
  });

  it('are refused to anyone but ADMIN, and to anonymous callers even for reading', async () => {
    const campaignId = await f.campaign(year++);
    expect((await create(campaignId, {}, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await create(campaignId, {}, unitAdmin(randomUUID()))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, ROUNDS, { campaignId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.sql(`select 1 from evaluations.round where campaign_id = $1`, [campaignId])).toEqual([]);
  });

  it('refuse a blank name, dates the wrong way round, repeated tiers and an unknown campaign, naming the field', async () => {
    const campaignId = await f.campaign(year++);
    expect((await create(campaignId, { name: '  ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await create(campaignId, { opensOn: shift(3), closesOn: shift(2) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesOn' });
    expect((await create(campaignId, { tiers: ['POST', 'POST'] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiers' });
    expect((await create(campaignId, { tiers: [] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tiers' });
    expect((await create(randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
    expect(await h.sql(`select 1 from evaluations.round where campaign_id = $1`, [campaignId])).toEqual([]);
  });

  it('take new weights and tiers before any evaluation, checked to sum to 1 with at most 4 decimals, and with optimistic locking', async () => {
    const campaignId = await f.campaign(year++);
    const round = (await create(campaignId)).data.createEvaluationRound;
    expect(round.weights).toEqual({ masses: 0.4, peers: 0.3, leaders: 0.3 });
    const changed = await as(admin, UPDATE, { input: { id: round.id, expectedVersion: 1, weights: { masses: 0.6, peers: 0.2, leaders: 0.2 }, tiers: ['TEAM'] } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateEvaluationRound).toMatchObject({ version: 2, weights: { masses: 0.6, peers: 0.2, leaders: 0.2 }, tiers: ['TEAM'] });
    const stale = await as(admin, UPDATE, { input: { id: round.id, expectedVersion: 1, name: '改名' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const sum = await as(admin, UPDATE, { input: { id: round.id, expectedVersion: 2, weights: { masses: 0.6, peers: 0.3, leaders: 0.2 } } });
    expect(sum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    const places = await as(admin, UPDATE, { input: { id: round.id, expectedVersion: 2, weights: { masses: 0.33335, peers: 0.33335, leaders: 0.3333 } } });
    expect(places.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.masses' });
    const massReview = (await create(campaignId, { kind: 'MASS_REVIEW' })).data.createEvaluationRound;
    const noMasses = await as(admin, UPDATE, { input: { id: massReview.id, expectedVersion: 1, weights: { masses: 0, peers: 0.5, leaders: 0.5 } } });
    expect(noMasses.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    expect((await as(leader, UPDATE, { input: { id: round.id, expectedVersion: 2, name: '改名' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are closed by ADMIN once, after which they change no more', async () => {
    const campaignId = await f.campaign(year++);
    const round = (await create(campaignId)).data.createEvaluationRound;
    expect((await as(unitAdmin(randomUUID()), CLOSE, { input: { id: round.id, expectedVersion: 1 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await as(admin, CLOSE, { input: { id: round.id, expectedVersion: 1 } });
    expect(closed.data.closeEvaluationRound).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(closed.data.closeEvaluationRound.closedAt).not.toBeNull();
    expect((await as(admin, CLOSE, { input: { id: round.id, expectedVersion: 2 } })).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect((await as(admin, UPDATE, { input: { id: round.id, expectedVersion: 2, name: '改名' } })).errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');
    const past = (await create(campaignId, { opensOn: shift(-30), closesOn: shift(-1) })).data.createEvaluationRound;
    expect(past.status).toBe('CLOSED');
  });
});
