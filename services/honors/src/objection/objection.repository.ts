import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import type { HonorStatus } from '../honor/honor.machine.js';
import { Objection } from './objection.entity.js';

/** The advisory-lock class of the objection allowances (any constant; pairs with the key's hash). */
const ALLOWANCE_LOCK = 0x4f424a;

/** The queries about objections; every statement runs in the caller's transaction (`em.execute`). */
export class ObjectionRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Waits for, then holds until the transaction ends, the lock of one allowance key: the lodgings
   * counted against one address run one after another. Counting under a row lock could not do
   * this — before the first objection of the hour there is no row to lock, and under READ
   * COMMITTED six concurrent requests would each count the others' uncommitted rows as absent and
   * all store. Keys whose hashes collide only wait for each other.
   */
  async lockAllowance(key: string): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(?, hashtext(?))`, [ALLOWANCE_LOCK, key]);
  }

  /** Objections counted against the key since `since`, and the oldest of them. */
  async countedSince(key: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await this.em.execute<{ n: number; oldest: Date | null }[]>(
      `select count(*)::int as n, min(lodged_at) as oldest from "${SCHEMA}"."objection" where client_address = ? and lodged_at > ?`,
      [key, since],
    );
    return { count: row!.n, oldest: row!.oldest ? new Date(row!.oldest) : null };
  }

  /**
   * The candidacy an objection is about, share-locked until the transaction ends: a CONFIRM
   * (which locks the honor for update) waits for the objection to commit and then counts it, or
   * runs first and the objection then finds the candidacy confirmed. Lodgings do not wait for
   * each other.
   */
  async honorForObjection(honorId: string): Promise<{ status: HonorStatus; unitId: string | null } | null> {
    const [row] = await this.em.execute<{ status: HonorStatus; unit_id: string | null }[]>(
      `select status, unit_id from "${SCHEMA}"."honor" where id = ? for share`, [honorId]);
    return row ? { status: row.status, unitId: row.unit_id } : null;
  }

  /** Open and upheld objections of a candidacy, for CONFIRM. */
  async countsOf(honorId: string): Promise<{ open: number; upheld: number }> {
    const [row] = await this.em.execute<{ open: number; upheld: number }[]>(
      `select (count(*) filter (where resolved_at is null))::int as open, (count(*) filter (where upheld))::int as upheld
       from "${SCHEMA}"."objection" where honor_id = ?`, [honorId]);
    return { open: row!.open, upheld: row!.upheld };
  }

  /** The objections of many candidacies in one statement, oldest first. */
  byHonors(honorIds: readonly string[]): Promise<Objection[]> {
    return this.em.find(Objection, { honorId: { $in: honorIds.filter(isUuid) } }, { orderBy: { lodgedAt: 'asc', id: 'asc' } });
  }
}
