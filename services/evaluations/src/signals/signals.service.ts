import { Role, appError, requireCaller, requireRole, requireUnitWrite, scopedUnit, type Caller } from '@sfxd/kit';
import type { Context } from '../context.js';
import type { HonorTier } from '../criteria/criteria.names.js';
import { SCHEMA } from '../database-schema.js';
import { SummaryRepository } from '../summary/summary.repository.js';
import type { SubjectKind } from '../subject/subject.stubs.js';
import { HonorSignal, EvaluationSignals } from './signals.types.js';

interface NamedHonor {
  id: string;
  tier: HonorTier;
  unit: { id: string } | null;
  subject: { __typename: string; id: string };
}

const NAMED = `query EvaluationsNamedHonors($c: ID!, $u: ID, $after: String) { honors(campaignId: $c, status: NAMED, unitId: $u, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id tier unit { id } subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } ... on Industry { id } } } } } }`;
const KIND: Record<string, SubjectKind> = { Member: 'MEMBER', Team: 'TEAM', Unit: 'UNIT', Industry: 'INDUSTRY' };

/**
 * Signals for the dynamic management of named honors (DESIGN.md §2): which honors the committee
 * should look at for rectification (their subject's latest summary in the campaign is 一般 or 差)
 * and which named posts to recommend for preference (倾斜: graded 优秀). The honors and their
 * statuses are the honors subgraph's, asked as the caller; the grades are this subgraph's.
 */
export class SignalsService {
  constructor(private readonly ctx: Context) {}

  async signals(campaignId: string, unitId: string | null): Promise<EvaluationSignals> {
    // A unit's: ADMIN's or its own UNIT_ADMIN's. City-wide: ADMIN's; a UNIT_ADMIN asking for no unit gets its own.
    const caller: Caller = unitId ? requireUnitWrite(this.ctx.caller, unitId) : scopedUnit(this.ctx.caller) ? requireCaller(this.ctx.caller) : requireRole(this.ctx.caller, Role.ADMIN);
    const unit = unitId ?? scopedUnit(caller);
    const named = await this.namedHonors(caller, campaignId, unit);
    const bySubject = new Map(named.map((h) => [h.subject.id, h]));
    const latest = await this.latestRounds(campaignId, [...bySubject.keys()]);
    const byRound = new Map<string, string[]>();
    for (const [subjectId, roundId] of latest) byRound.set(roundId, [...(byRound.get(roundId) ?? []), subjectId]);
    const signals: HonorSignal[] = [];
    const summaries = new SummaryRepository(this.ctx.em);
    for (const [roundId, subjectIds] of byRound) {
      const round = await this.ctx.loaders.round.load(roundId);
      if (!round) continue;
      for (const [subjectId, summary] of await summaries.summaries(roundId, round.rules(), 'subject_id', subjectIds)) {
        const honor = bySubject.get(subjectId)!;
        if (!summary.grade) continue;
        signals.push(Object.assign(new HonorSignal(), {
          honorId: honor.id, subjectId, subjectKind: KIND[honor.subject.__typename], unitId: honor.unit?.id ?? null, roundId,
          tier: honor.tier, weightedScore: summary.weightedScore, grade: summary.grade,
        }));
      }
    }
    const score = (s: HonorSignal) => s.weightedScore ?? 0;
    return Object.assign(new EvaluationSignals(), {
      rectificationCandidates: signals.filter((s) => s.grade === 'FAIR' || s.grade === 'POOR').sort((a, b) => score(a) - score(b) || a.honorId.localeCompare(b.honorId)),
      preferenceRecommendations: signals.filter((s) => s.tier === 'POST' && s.grade === 'EXCELLENT').sort((a, b) => score(b) - score(a) || a.honorId.localeCompare(b.honorId)),
    });
  }

  private async namedHonors(caller: Caller, campaignId: string, unitId: string | null): Promise<NamedHonor[]> {
    const honors = this.ctx.peers?.honors;
    if (!honors) throw appError('INTERNAL_SERVER_ERROR', 'The evaluations subgraph was started without the honors subgraph');
    const out: NamedHonor[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: NamedHonor }[] } = (await honors.query<{ honors: any }>(
        caller, NAMED, { c: campaignId, u: unitId, after }, this.ctx.requestId)).honors;
      out.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  /** Each subject's latest round of the campaign with evaluations of it, in one statement. */
  private async latestRounds(campaignId: string, subjectIds: readonly string[]): Promise<Map<string, string>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.ctx.em.getConnection().execute<{ subject_id: string; round_id: string }[]>(
      `select distinct on (e.subject_id) e.subject_id, e.round_id
       from "${SCHEMA}"."evaluation" e join "${SCHEMA}"."round" r on r.id = e.round_id
       where r.campaign_id = ? and e.subject_id in (?) and e.superseded_at is null
       order by e.subject_id, r.closes_on desc, r.opens_on desc, r.id`,
      [campaignId, subjectIds]);
    return new Map(rows.map((r) => [r.subject_id, r.round_id]));
  }
}
