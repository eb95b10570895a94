import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import type { HonorStatus } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';

export interface PlaqueRow {
  tier: HonorTier;
  status: HonorStatus;
  year: number;
  batch: string | null;
  namedOn: string | null;
  name: string | null;
  unitName: string | null;
  revokedOn: string | null;
}

const TIME_ZONE = () => process.env.TZ_BUSINESS ?? 'Asia/Shanghai';

export class PlaqueRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The public record of the plaque with this code, in one statement whether or not it exists.
   * The day of revocation is the one the transition recorded; for honors revoked before it was
   * kept (and demo data), the business day of the event that revoked them.
   */
  async byCode(code: string): Promise<PlaqueRow | null> {
    const [row] = await this.em.execute<Record<string, unknown>[]>(
      `select h.tier, h.status, c.year, h.batch, to_char(h.named_on, 'YYYY-MM-DD') as named_on, h.plaque_name, h.plaque_unit_name,
         to_char(coalesce(h.revoked_on, case when h.status = 'REVOKED' then (
           select (e.at at time zone ?)::date from "${SCHEMA}"."honor_event" e
           where e.honor_id = h.id and e.to_status = 'REVOKED' order by e.at desc limit 1) end), 'YYYY-MM-DD') as revoked_on
       from "${SCHEMA}"."honor" h join "${SCHEMA}"."campaign" c on c.id = h.campaign_id
       where h.verification_code = ?`,
      [TIME_ZONE(), code],
    );
    if (!row) return null;
    return {
      tier: row.tier as HonorTier, status: row.status as HonorStatus, year: Number(row.year), batch: (row.batch as string | null) ?? null,
      namedOn: (row.named_on as string | null) ?? null, name: (row.plaque_name as string | null) ?? null,
      unitName: (row.plaque_unit_name as string | null) ?? null, revokedOn: (row.revoked_on as string | null) ?? null,
    };
  }
}
