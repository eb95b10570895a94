import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { Evaluation, EvaluationScore } from './evaluation.entity.js';

/** The queries about single evaluations; lists for many evaluations at once are one statement each. */
export class EvaluationRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<Evaluation[]> {
    return this.em.find(Evaluation, { id: { $in: ids.filter(isUuid) } });
  }

  scoresOf(evaluationIds: readonly string[]): Promise<EvaluationScore[]> {
    return this.em.find(EvaluationScore, { evaluationId: { $in: evaluationIds.filter(isUuid) } });
  }

  /** A leader's current evaluation of a subject in a round, locked for its replacement. */
  async currentOfLeader(roundId: string, subjectId: string, sub: string): Promise<{ id: string } | null> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select id from "${SCHEMA}"."evaluation" where round_id = ? and subject_id = ? and kind = 'LEADERS' and evaluator_sub = ? and superseded_at is null for update`,
      [roundId, subjectId, sub], 'all', this.em.getTransactionContext());
    return rows[0] ?? null;
  }

  async supersede(id: string, at: Date): Promise<void> {
    await this.em.getConnection().execute(`update "${SCHEMA}"."evaluation" set superseded_at = ? where id = ?`, [at, id], 'run', this.em.getTransactionContext());
  }

  async linkSuccessor(id: string, successor: string): Promise<void> {
    await this.em.getConnection().execute(`update "${SCHEMA}"."evaluation" set superseded_by = ? where id = ?`, [successor, id], 'run', this.em.getTransactionContext());
  }

  async peerEvaluated(roundId: string, subjectId: string, memberId: string): Promise<boolean> {
    const rows = await this.em.getConnection().execute<{ any: boolean }[]>(
      `select exists (select 1 from "${SCHEMA}"."evaluation" where round_id = ? and subject_id = ? and kind = 'PEERS' and evaluator_member_id = ?) as any`,
      [roundId, subjectId, memberId], 'all', this.em.getTransactionContext());
    return rows[0]!.any;
  }

  /** The subjects a member has evaluated as a peer in a round (their ballot scores each once). */
  async peerEvaluatedSubjects(roundId: string, memberId: string): Promise<Set<string>> {
    const rows = await this.em.getConnection().execute<{ subject_id: string }[]>(
      `select distinct subject_id from "${SCHEMA}"."evaluation" where round_id = ? and kind = 'PEERS' and evaluator_member_id = ?`,
      [roundId, memberId], 'all', this.em.getTransactionContext());
    return new Set(rows.map((r) => r.subject_id));
  }
}
