import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { EvaluationRound } from './round.entity.js';

/** The queries about rounds: a handful a campaign. */
export class RoundRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<EvaluationRound[]> {
    return this.em.find(EvaluationRound, { id: { $in: ids.filter(isUuid) } });
  }

  /** A campaign's rounds in the order they open. */
  ofCampaign(campaignId: string): Promise<EvaluationRound[]> {
    return this.em.find(EvaluationRound, { campaignId }, { orderBy: { opensOn: 'asc', createdAt: 'asc', id: 'asc' } });
  }

  /**
   * The round, locked for the transaction: FOR UPDATE for a change of the round, FOR SHARE for an
   * evaluation, so that a change of weights and a first evaluation, or a close and a late
   * evaluation, happen one after the other and each sees what the other did.
   */
  locked(id: string, mode: 'update' | 'share'): Promise<EvaluationRound | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.findOne(EvaluationRound, { id }, { lockMode: mode === 'update' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ, refresh: true });
  }

  async hasEvaluations(roundId: string): Promise<boolean> {
    const rows = await this.em.getConnection().execute<{ any: boolean }[]>(
      `select exists (select 1 from "${SCHEMA}"."evaluation" where round_id = ?) as any`, [roundId]);
    return rows[0]!.any;
  }
}
