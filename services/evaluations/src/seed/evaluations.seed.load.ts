import { generateHonorsSeed } from '@sfxd/honors';
import { bulkInsert, type Orm } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { SCHEMA } from '../database-schema.js';
import { generateEvaluationsSeed, type EvaluationsSeed } from './evaluations.seed.js';

/**
 * Loads the demo rounds of 2015 and 2016 — subjects, evaluations with their scores, and ballots —
 * generated from the same seed's directory, members and honors demo, into an empty evaluations
 * schema: bulk inserts, one statement per chunk of rows, in one transaction. The ballots' hashes
 * are made with the running service's pepper, so the unused demo codes work. Does nothing when any
 * round exists, so users' data is never overwritten. Returns whether it loaded.
 */
export async function loadEvaluationsSeed(orm: Orm, data: SeedData, pepper: string): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: boolean }[]>(`select exists (select 1 from "${SCHEMA}"."round") as n`);
  if (existing[0]!.n) return false;
  await insertEvaluationsSeed(orm, generateEvaluationsSeed(data, generateHonorsSeed(data), { pepper }));
  return true;
}

export async function insertEvaluationsSeed(orm: Orm, seed: EvaluationsSeed): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    await bulkInsert(
      tx, SCHEMA, 'round',
      ['id', 'campaign_id', 'campaign_year', 'name', 'kind', 'opens_on', 'closes_on', 'tiers', 'weight_masses', 'weight_peers', 'weight_leaders',
        'closed_at', 'closed_by', 'created_by', 'version', 'created_at', 'updated_at'],
      seed.rounds.map((r) => [
        r.id, r.campaignId, r.campaignYear, r.name, r.kind, r.opensOn, r.closesOn, r.tiers, r.weights.masses, r.weights.peers, r.weights.leaders,
        r.closedAt, r.closedBy, r.createdBy, r.closedAt ? 2 : 1, r.createdAt, r.closedAt ?? r.createdAt,
      ]),
    );
    await bulkInsert(
      tx, SCHEMA, 'subject',
      ['round_id', 'subject_id', 'subject_kind', 'tier', 'unit_id', 'industry_id', 'honor_id', 'registered_at'],
      seed.subjects.map((s) => [s.roundId, s.subjectId, s.subjectKind, s.tier, s.unitId, s.industryId, s.honorId, s.registeredAt]),
    );
    await bulkInsert(
      tx, SCHEMA, 'ballot',
      ['id', 'round_id', 'unit_id', 'industry_id', 'kind', 'code_hash', 'evaluator_member_id', 'batch_id', 'issued_at', 'issued_by', 'used_at'],
      seed.ballots.map((b) => [b.id, b.roundId, b.unitId, b.industryId, b.kind, b.codeHash, b.evaluatorMemberId, b.batchId, b.issuedAt, b.issuedBy, b.usedAt]),
    );
    await bulkInsert(
      tx, SCHEMA, 'evaluation',
      ['id', 'round_id', 'subject_id', 'subject_kind', 'tier', 'unit_id', 'industry_id', 'honor_id', 'kind', 'source', 'evaluator_member_id', 'evaluator_sub',
        'score_sum', 'criteria_count', 'comment', 'submitted_at'],
      seed.evaluations.map((e) => [
        e.id, e.roundId, e.subjectId, e.subjectKind, e.tier, e.unitId, e.industryId, e.honorId, e.evaluatorKind, 'ONLINE', e.evaluatorMemberId, e.evaluatorSub,
        e.scores.reduce((sum, s) => sum + s.score, 0), e.scores.length, e.comment, e.submittedAt,
      ]),
    );
    await bulkInsert(
      tx, SCHEMA, 'evaluation_score',
      ['evaluation_id', 'criterion', 'score'],
      seed.evaluations.flatMap((e) => e.scores.map((s) => [e.id, s.criterion, s.score])),
      { chunkSize: 40_000 },
    );
  });
}
