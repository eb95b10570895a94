import { bearer, postGraphQL, postGraphQLText } from '@sfxd/kit/testing';
import { changesHeard, type Caller } from '@sfxd/kit';
import { QuotaUnitsDocument } from '@sfxd/dashboard/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, JWT_SECRET, LEADER, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

// The dashboard's per-unit quota (three subgraphs, one after the other) through the gateway,
// which keeps the whole answer and gives it again once every subgraph has said 304 to its part.
// Each test makes its own campaign, so that what it declares is its own.

let p: TestPlatform;
const QUOTA_UNITS = String(QuotaUnitsDocument);
const ask = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => postGraphQLText(p.gatewayUrl, query, variables, await bearer(caller, JWT_SECRET));
const json = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => postGraphQL(p.gatewayUrl, query, variables, await bearer(caller, JWT_SECRET));
const statements = () => Object.values(p.subgraphs).reduce((n, s) => n + s.queries.count, 0);
const resetStatements = () => Object.values(p.subgraphs).forEach((s) => s.queries.reset());

let year = 2040;
const campaign = async () => {
  const res = await json(ADMIN, 'mutation($y: Int!) { createCampaign(input: { year: $y }) { id } }', { y: (year += 1) });
  expect(res.errors).toBeUndefined();
  return res.data.createCampaign.id as string;
};

beforeAll(async () => {
  p = await startTestPlatform();
});

afterAll(async () => {
  await p?.dispose();
});

describe('the gateway\'s kept answers of the per-unit quota', () => {
  it('give the same bytes again, with no SQL statement anywhere, once the three subgraphs said their parts are unchanged', async () => {
    const campaignId = await campaign();
    const first = await ask(LEADER, QUOTA_UNITS, { campaignId });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).errors).toBeUndefined();
    expect(JSON.parse(first.text).data.units.length).toBeGreaterThan(5);
    await changesHeard(p.db.url);
    const answered = p.keptAnswers.answered;
    resetStatements();
    const again = await ask(LEADER, QUOTA_UNITS, { campaignId });
    expect(again).toEqual(first);
    expect(p.keptAnswers.answered).toBe(answered + 1);
    expect(statements()).toBe(0);
  });

  it('show a declaration made through the gateway in the very next answer', async () => {
    const campaignId = await campaign();
    const units = (await json(ADMIN, '{ units { id teams { id } } }')).data.units as { id: string; teams: { id: string }[] }[];
    const unit = units.find((u) => u.teams.length > 0)!;
    const teamCount = async () => (JSON.parse((await ask(LEADER, QUOTA_UNITS, { campaignId })).text).data.units as any[]).find((u) => u.id === unit.id).quota.teamQuota.count as number;
    expect(await teamCount()).toBe(0);
    expect(await teamCount()).toBe(0);
    const stale = p.keptAnswers.stale;
    const declared = await json(ADMIN, 'mutation($input: DeclareHonorInput!) { declareHonor(input: $input) { id } }', { input: { campaignId, tier: 'TEAM', subjectId: unit.teams[0]!.id } });
    expect(declared.errors).toBeUndefined();
    await changesHeard(p.db.url);
    expect(await teamCount()).toBe(1);
    expect(p.keptAnswers.stale).toBe(stale + 1);
  });

  it('give a unit\'s admin an answer of its own scope, never a leader\'s kept one', async () => {
    const campaignId = await campaign();
    const units = (await json(ADMIN, '{ units { id } }')).data.units as { id: string }[];
    const admin = unitAdmin(units[0]!.id);
    const leaders = await ask(LEADER, QUOTA_UNITS, { campaignId });
    await ask(LEADER, QUOTA_UNITS, { campaignId });
    const answered = p.keptAnswers.answered;
    const theirs = await ask(admin, QUOTA_UNITS, { campaignId });
    // Executed for the admin (nothing of its scope was kept), though the quota it may see is the leader's.
    expect(p.keptAnswers.answered).toBe(answered);
    expect(theirs).toEqual(leaders);
    expect(await ask(admin, QUOTA_UNITS, { campaignId })).toEqual(theirs);
    expect(p.keptAnswers.answered).toBe(answered + 1);
  });
});
