import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import type { HonorTier } from '../honor/honor.tier.js';

/** The committee's work queue's reads over the honors table; one statement each. */
export class QueueRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The highest number already used after `prefix` (plaque numbers of the form prefix + digits),
   * 0 when there is none. Other forms of number, typed by hand, are ignored: they cannot collide.
   */
  async highestPlaqueSerial(campaignId: string, prefix: string): Promise<number> {
    const [row] = await this.em.execute<{ n: number | null }[]>(
      `select max(substr(plaque_number, ?)::int) as n from "${SCHEMA}"."honor"
       where campaign_id = ? and starts_with(plaque_number, ?) and substr(plaque_number, ?) ~ '^[0-9]{1,9}$'`,
      [prefix.length + 1, campaignId, prefix, prefix.length + 1],
    );
    return row?.n ?? 0;
  }

  /** The naming batches used in a campaign, the earliest named first. */
  async batches(campaignId: string): Promise<string[]> {
    const rows = await this.em.execute<{ batch: string }[]>(
      `select batch from "${SCHEMA}"."honor" where campaign_id = ? and batch is not null group by batch order by min(named_on), batch`,
      [campaignId],
    );
    return rows.map((r) => r.batch);
  }
}

export type { HonorTier };
