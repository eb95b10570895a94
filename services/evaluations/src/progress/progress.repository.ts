import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';

/** What a unit's progress in a round is made of, each one statement. */
export class ProgressRepository {
  constructor(private readonly em: EntityManager) {}

  async ballots(roundId: string, unitId: string): Promise<{ kind: 'MASSES' | 'PEERS'; issued: number; used: number }[]> {
    const s = `"${SCHEMA}"`;
    return this.em.getConnection().execute(
      `select b.kind, count(*)::int as issued,
              count(*) filter (where b.used_at is not null or (b.kind = 'PEERS' and exists (
                select 1 from ${s}."evaluation" e where e.round_id = b.round_id and e.kind = 'PEERS' and e.evaluator_member_id = b.evaluator_member_id)))::int as used
       from ${s}."ballot" b where b.round_id = ? and b.unit_id = ? group by b.kind`,
      [roundId, unitId]);
  }

  /** The members holding a PEERS code of the unit in the round. */
  async peerHolders(roundId: string, unitId: string): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select distinct evaluator_member_id as id from "${SCHEMA}"."ballot" where round_id = ? and unit_id = ? and kind = 'PEERS' order by 1`, [roundId, unitId]);
    return rows.map((r) => r.id);
  }

  /** Who of the unit's peers evaluated whom in the round. */
  async peerEvaluations(roundId: string, unitId: string): Promise<{ evaluator: string; subject: string }[]> {
    return this.em.getConnection().execute(
      `select evaluator_member_id as evaluator, subject_id as subject from "${SCHEMA}"."evaluation"
       where round_id = ? and kind = 'PEERS' and evaluator_member_id in (select evaluator_member_id from "${SCHEMA}"."ballot" where round_id = ? and unit_id = ? and kind = 'PEERS')`,
      [roundId, roundId, unitId]);
  }

  /** Subjects among `ids` with a current leader's evaluation in the round. */
  async ledBy(roundId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select distinct subject_id as id from "${SCHEMA}"."evaluation" where round_id = ? and kind = 'LEADERS' and superseded_at is null and subject_id in (?)`,
      [roundId, ids]);
    return new Set(rows.map((r) => r.id));
  }
}
