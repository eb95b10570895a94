import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { ROLL_STATUSES, type RollRow, type RollStatus } from './roll.rules.js';

const T = `"${SCHEMA}"`;

/** A campaign year's roll as stored: the campaign, and its named and publicizing candidacies with their inscriptions. */
export interface RollRows {
  campaign: { year: number; name: string } | null;
  rows: RollRow[];
}

export class RollRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * One statement, whatever the number of honors: the year's campaign joined to its honors in the
   * roll's statuses (a campaign without any still gives its one row, with no honor). Names are the
   * inscriptions kept with each honor — as publicized, then as named — so nothing is asked of
   * another subgraph for an anonymous caller.
   */
  async ofYear(year: number): Promise<RollRows> {
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select c.year, c.name as campaign_name, h.id, h.tier, h.status, h.plaque_name, h.plaque_unit_name, h.batch, h.verification_code,
              to_char(h.named_on, 'YYYY-MM-DD') as named_on,
              to_char(h.publicity_starts_on, 'YYYY-MM-DD') as publicity_starts_on,
              to_char(h.publicity_ends_on, 'YYYY-MM-DD') as publicity_ends_on
         from ${T}."campaign" c
         left join ${T}."honor" h on h.campaign_id = c.id and h.status in (${ROLL_STATUSES.map(() => '?').join(', ')})
        where c.year = ?`,
      [...ROLL_STATUSES, year],
    );
    if (!rows.length) return { campaign: null, rows: [] };
    return {
      campaign: { year: Number(rows[0]!.year), name: String(rows[0]!.campaign_name) },
      rows: rows
        .filter((r) => r.id != null)
        .map((r) => ({
          honorId: String(r.id),
          tier: r.tier as HonorTier,
          status: r.status as RollStatus,
          name: (r.plaque_name as string | null) ?? null,
          unitName: (r.plaque_unit_name as string | null) ?? null,
          batch: (r.batch as string | null) ?? null,
          namedOn: (r.named_on as string | null) ?? null,
          verificationCode: (r.verification_code as string | null) ?? null,
          publicityStartsOn: (r.publicity_starts_on as string | null) ?? null,
          publicityEndsOn: (r.publicity_ends_on as string | null) ?? null,
        })),
    };
  }
}
