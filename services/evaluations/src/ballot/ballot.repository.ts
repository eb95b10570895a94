import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkInsert } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';

export interface BallotRow {
  id: string;
  round_id: string;
  unit_id: string;
  industry_id: string;
  kind: 'MASSES' | 'PEERS';
  evaluator_member_id: string | null;
  used_at: Date | null;
}

export interface NewBallot {
  id: string;
  roundId: string;
  unitId: string;
  industryId: string;
  kind: 'MASSES' | 'PEERS';
  codeHash: string;
  evaluatorMemberId: string | null;
  batchId: string;
  issuedAt: string;
  issuedBy: string;
}

/** Ballots: issued in bulk, found by their code's hash, locked while one is used. */
export class BallotRepository {
  constructor(private readonly em: EntityManager) {}

  insert(ballots: readonly NewBallot[]): Promise<number> {
    return bulkInsert(
      this.em, SCHEMA, 'ballot',
      ['id', 'round_id', 'unit_id', 'industry_id', 'kind', 'code_hash', 'evaluator_member_id', 'batch_id', 'issued_at', 'issued_by'],
      ballots.map((b) => [b.id, b.roundId, b.unitId, b.industryId, b.kind, b.codeHash, b.evaluatorMemberId, b.batchId, b.issuedAt, b.issuedBy]),
    );
  }

  /**
   * The ballot of a code's hash, locked until the transaction ends: of two submissions of one code,
   * the second waits here and then sees the first one's use.
   */
  async lockByHash(codeHash: string): Promise<BallotRow | null> {
    const rows = await this.em.getConnection().execute<BallotRow[]>(
      `select id, round_id, unit_id, industry_id, kind, evaluator_member_id, used_at from "${SCHEMA}"."ballot" where code_hash = ? for update`,
      [codeHash], 'all', this.em.getTransactionContext());
    return rows[0] ?? null;
  }

  /** The ballot of a code's hash, read without a lock (the public form only shows it; a submission locks it). */
  async findByHash(codeHash: string): Promise<BallotRow | null> {
    const rows = await this.em.getConnection().execute<BallotRow[]>(
      `select id, round_id, unit_id, industry_id, kind, evaluator_member_id, used_at from "${SCHEMA}"."ballot" where code_hash = ?`,
      [codeHash], 'all', this.em.getTransactionContext());
    return rows[0] ?? null;
  }

  async markUsed(id: string): Promise<void> {
    await this.em.getConnection().execute(`update "${SCHEMA}"."ballot" set used_at = now() where id = ?`, [id], 'run', this.em.getTransactionContext());
  }

  /** Refused codes from one client address within the last `minutes`, and the seconds until the oldest of them ages out. */
  async refusalsSince(clientAddress: string, minutes: number): Promise<{ count: number; agesOutInSeconds: number }> {
    const rows = await this.em.getConnection().execute<{ n: number; wait: number | null }[]>(
      `select count(*)::int as n, ceil(extract(epoch from min(at) + make_interval(mins => ?) - now()))::int as wait
       from "${SCHEMA}"."ballot_refusal" where client_address = ? and at > now() - make_interval(mins => ?)`,
      [minutes, clientAddress, minutes]);
    return { count: rows[0]!.n, agesOutInSeconds: Math.max(1, rows[0]!.wait ?? 1) };
  }

  /** Records a refused code (outside any transaction: the refusal rolls the submission back, not this), and forgets the address's old ones. */
  async recordRefusal(clientAddress: string, minutes: number): Promise<void> {
    const connection = this.em.getConnection();
    await connection.execute(`insert into "${SCHEMA}"."ballot_refusal" (client_address, at) values (?, now())`, [clientAddress], 'run');
    await connection.execute(`delete from "${SCHEMA}"."ballot_refusal" where client_address = ? and at < now() - make_interval(mins => ?)`, [clientAddress, minutes], 'run');
  }
}
