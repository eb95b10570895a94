import { businessToday } from '@sfxd/kit';
import { sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CampaignByYear, CityEvaluationTrend, CreateEvaluationRound, EvaluationRounds, HonorsWithEvaluationSummary, IssueBallots, MemberEvaluationSummary,
  SubmitEvaluation, UnitFirstMember,
} from './documents.js';
import { ADMIN, INTEGRATOR, LEADER, gatewayClient, startTestPlatform, unitAdmin, weekAfter, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;
const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);
const campaignOf = async (year: number) => (await request(CampaignByYear, { year }, LEADER)).data!.campaignByYear!.id;

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
});

afterAll(async () => {
  await platform?.dispose();
});

describe('evaluations through the gateway', () => {
  it("show the demo's rounds and a candidacy's mass-review summary on its Honor", async () => {
    const campaignId = await campaignOf(2016);
    const rounds = (await request(EvaluationRounds, { campaignId }, LEADER)).data!.evaluationRounds;
    expect(rounds.map((r) => r.kind)).toEqual(expect.arrayContaining(['MASS_REVIEW', 'MID_YEAR_REVIEW', 'YEAR_END_ASSESSMENT']));
    const review = rounds.find((r) => r.kind === 'MASS_REVIEW')!;
    const res = await request(HonorsWithEvaluationSummary, { campaignId, roundId: review.id }, INTEGRATOR);
    expect(res.errors).toBeUndefined();
    const reviewed = res.data!.honors.edges.map((e) => e.node).filter((n) => n.evaluationSummary);
    expect(reviewed.length).toBeGreaterThan(0);
    for (const { evaluationSummary: s } of reviewed) {
      // A mass review waits for the masses only.
      expect(s).toMatchObject({ complete: true, missingKinds: [] });
      expect(s!.byKind[0]!.count).toBe(s!.count);
      expect(s!.weightedScore).toBe(s!.byKind[0]!.mean);
    }
    const stored = await sql(`select count(distinct honor_id)::int as n from evaluations.evaluation where round_id = $1`, [review.id]);
    expect(stored[0].n).toBeGreaterThanOrEqual(reviewed.length);
  });

  it('give the city a trend with a point per round and per month of the demo data, which moves, and 2016 beside 2015', async () => {
    const campaignId = await campaignOf(2016);
    const res = await request(CityEvaluationTrend, { campaignId }, LEADER);
    expect(res.errors).toBeUndefined();
    const trend = res.data!.evaluationTrend;
    const withEvaluations = await sql(`select count(distinct e.round_id)::int as rounds, count(distinct to_char(e.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM'))::int as months
      from evaluations.evaluation e join evaluations.round r on r.id = e.round_id where r.campaign_id = $1`, [campaignId]);
    expect(trend.byRound).toHaveLength(withEvaluations[0].rounds);
    expect(trend.byMonth).toHaveLength(withEvaluations[0].months);
    expect(trend.byMonth.length).toBeGreaterThan(2);
    expect(new Set(trend.byMonth.map((p) => p.weightedScore)).size).toBeGreaterThan(1);
    expect(trend.byYear.map((p) => p.year)).toEqual([2015, 2016]);
    expect(trend.byYear[1]!.weightedScore!).toBeGreaterThan(trend.byYear[0]!.weightedScore!);
    for (const p of trend.byRound) expect(p.count).toBeGreaterThan(0);
  });

  it('take an anonymous ballot once, whose summary then shows on the member', async () => {
    const campaignId = await campaignOf(2016);
    const today = businessToday();
    const round = (await request(CreateEvaluationRound, { input: { campaignId, name: '网关测试评议', kind: 'MID_YEAR_REVIEW', opensOn: today, closesOn: weekAfter(today), tiers: ['POST'] } }, ADMIN)).data!.createEvaluationRound;
    expect(round).toMatchObject({ status: 'OPEN', weights: { masses: 0.4, peers: 0.3, leaders: 0.3 } });
    const unitId = platform.seeded!.units.find((u) => !u.excluded)!.id;
    const memberId = (await request(UnitFirstMember, { id: unitId }, ADMIN)).data!.unit!.members.edges[0]!.node.id;
    const issued = await request(IssueBallots, { input: { roundId: round.id, unitId, count: 1 } }, unitAdmin(unitId));
    expect(issued.errors).toBeUndefined();
    const code = issued.data!.issueBallots.ballots[0]!.code;
    const input = { roundId: round.id, subjectId: memberId, evaluatorKind: 'MASSES' as const, ballotCode: code, scores: ['POST_POLITICAL', 'POST_DISCIPLINE', 'POST_SERVICE', 'POST_DUTY'].map((criterion) => ({ criterion: criterion as 'POST_DUTY', score: 90 })) };
    const first = await request(SubmitEvaluation, { input }, null);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitEvaluation).toMatchObject({ evaluatorKind: 'MASSES', tier: 'POST' });
    const again = await request(SubmitEvaluation, { input }, null);
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The gateway signed the caller's address: the refusal is counted against it.
    const refusals = await sql(`select client_address from evaluations.ballot_refusal`);
    expect(refusals.map((r) => r.client_address)).toContain('127.0.0.1');
    const member = (await request(MemberEvaluationSummary, { id: memberId, roundId: round.id }, ADMIN)).data!.member!;
    expect(member.name.length).toBeGreaterThan(0);
    expect(member.evaluationSummary).toMatchObject({ count: 1, weightedScore: 90, complete: false, missingKinds: ['PEERS', 'LEADERS'] });
  });
});
