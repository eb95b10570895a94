import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import { DECLARED_STATUSES, NAMED_STATUSES } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';

/** A campaign's candidacies of one unit (null: the industries) and tier, counted by DESIGN.md §2's rules. */
export interface TierTally {
  unitId: string | null;
  tier: HonorTier;
  /** Not rejected, withdrawn or revoked. */
  declared: number;
  /** NAMED or RECTIFYING. */
  named: number;
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export class AttainmentRepository {
  constructor(private readonly em: EntityManager) {}

  /** Declared and named counts of every unit and tier of a campaign: one grouped statement, whatever the number of units. */
  async tallies(campaignId: string): Promise<TierTally[]> {
    const rows = await this.em.getConnection().execute<{ unit_id: string | null; tier: HonorTier; declared: number; named: number }[]>(
      `select unit_id, tier,
              count(*) filter (where status in (${marks(DECLARED_STATUSES)}))::int as declared,
              count(*) filter (where status in (${marks(NAMED_STATUSES)}))::int as named
         from "${SCHEMA}"."honor" where campaign_id = ? group by unit_id, tier`,
      [...DECLARED_STATUSES, ...NAMED_STATUSES, campaignId],
    );
    return rows.map((r) => ({ unitId: r.unit_id, tier: r.tier, declared: r.declared, named: r.named }));
  }
}
