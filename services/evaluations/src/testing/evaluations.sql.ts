import { randomUUID } from 'node:crypto';
import { criteriaOf, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import type { TestSubgraphs } from '@sfxd/kit/testing';

export interface RawEvaluation {
  roundId: string;
  subjectId: string;
  tier: HonorTier;
  kind: EvaluatorKind;
  scores: number[];
  unitId?: string | null;
  industryId?: string;
  honorId?: string | null;
  submittedAt?: string;
}

const KIND_OF_TIER = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' } as const;

/**
 * Writes evaluations straight into the test database, as an operator's import would: for tests
 * that need hundreds of subjects (statement counts, trends) faster than ballots can give them.
 */
export async function insertEvaluations(h: TestSubgraphs, evaluations: readonly RawEvaluation[]): Promise<string[]> {
  const ids = evaluations.map(() => randomUUID());
  const rows = evaluations.map((e, i) => ({
    id: ids[i], round_id: e.roundId, subject_id: e.subjectId, subject_kind: KIND_OF_TIER[e.tier], tier: e.tier,
    unit_id: e.tier === 'INDUSTRY' ? null : (e.unitId ?? randomUUID()), industry_id: e.industryId ?? randomUUID(), honor_id: e.honorId ?? null,
    kind: e.kind, source: 'ONLINE', evaluator_member_id: e.kind === 'PEERS' ? randomUUID() : null, evaluator_sub: e.kind === 'LEADERS' ? `leader-${i}` : null,
    score_sum: e.scores.reduce((a, b) => a + b, 0), criteria_count: e.scores.length, submitted_at: e.submittedAt ?? new Date().toISOString(),
  }));
  const scores = evaluations.flatMap((e, i) => criteriaOf(e.tier).map((criterion, j) => ({ evaluation_id: ids[i], criterion, score: e.scores[j] })));
  for (let start = 0; start < rows.length; start += 5000) {
    await h.sql(`insert into evaluations.evaluation select * from json_populate_recordset(null::evaluations.evaluation, $1::json)`, [JSON.stringify(rows.slice(start, start + 5000))]);
  }
  for (let start = 0; start < scores.length; start += 20000) {
    await h.sql(`insert into evaluations.evaluation_score select * from json_populate_recordset(null::evaluations.evaluation_score, $1::json)`, [JSON.stringify(scores.slice(start, start + 20000))]);
  }
  return ids;
}
