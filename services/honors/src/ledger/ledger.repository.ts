import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { Honor } from '../honor/honor.entity.js';
import { DECLARED_STATUSES, NAMED_STATUSES } from '../honor/honor.machine.js';
import { LedgerSubmission } from './ledger.entity.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The queries of the ledger: each one statement, whatever the number of units or rows. */
export class LedgerRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<LedgerSubmission[]> {
    return this.em.find(LedgerSubmission, { id: { $in: ids.filter(isUuid) } });
  }

  /** A campaign's submissions, of every unit or of one (a UNIT_ADMIN's). */
  ofCampaign(campaignId: string, unitId: string | null): Promise<LedgerSubmission[]> {
    return this.em.find(LedgerSubmission, unitId ? { campaignId, unitId } : { campaignId }, { orderBy: { submittedAt: 'asc', id: 'asc' } });
  }

  /** Tier and status of a unit's candidacies in a campaign: what a submission records. */
  ofUnit(campaignId: string, unitId: string): Promise<Honor[]> {
    return this.em.find(Honor, { campaignId, unitId });
  }

  /**
   * A unit's ledger in a campaign: its posts, teams and unit candidacies, and every industry
   * candidacy of the campaign (a handful: the caller keeps its unit's industry's), by tier and
   * declaration date.
   */
  async ledgerOf(campaignId: string, unitId: string): Promise<Honor[]> {
    const rows = await this.em.find(Honor, { campaignId, $or: [{ unitId }, { tier: 'INDUSTRY' }] }, { orderBy: { declaredOn: 'asc', id: 'asc' } });
    const order = { POST: 0, TEAM: 1, UNIT: 2, INDUSTRY: 3 } as const;
    return rows.sort((a, b) => order[a.tier] - order[b.tier]);
  }

  /** The live candidacies (DESIGN.md §2's "declared") in a campaign of any of these subjects. */
  liveOf(campaignId: string, subjectIds: readonly string[]): Promise<Honor[]> {
    const ids = [...new Set(subjectIds.filter(isUuid))];
    if (!ids.length) return Promise.resolve([]);
    return this.em.find(Honor, { campaignId, subjectId: { $in: ids }, status: { $in: [...DECLARED_STATUSES] } });
  }
}

/**
 * Fills what submissions loaded without it (the demo data) held when they were made: each
 * honor's status at the submission's instant is the last event's before it, else DECLARED when
 * declared by that day (Beijing). One statement for every submission, in `em`'s transaction.
 */
export async function recordLedgerContents(em: EntityManager, timeZone = process.env.TZ_BUSINESS ?? 'Asia/Shanghai'): Promise<void> {
  const s = `"${SCHEMA}"`;
  await em.getConnection().execute(`
    update ${s}."ledger_submission" l set posts = c.posts, teams = c.teams, units = c.units, named = c.named
    from (
      select l.id,
        count(*) filter (where h.tier = 'POST' and st.status in (${list(DECLARED_STATUSES)}))::int as posts,
        count(*) filter (where h.tier = 'TEAM' and st.status in (${list(DECLARED_STATUSES)}))::int as teams,
        count(*) filter (where h.tier = 'UNIT' and st.status in (${list(DECLARED_STATUSES)}))::int as units,
        count(*) filter (where h.tier <> 'INDUSTRY' and st.status in (${list(NAMED_STATUSES)}))::int as named
      from ${s}."ledger_submission" l
      left join ${s}."honor" h on h.campaign_id = l.campaign_id and h.unit_id = l.unit_id
        and h.declared_on <= (l.submitted_at at time zone ?)::date
      left join lateral (
        select coalesce((select e.to_status from ${s}."honor_event" e where e.honor_id = h.id and e.at <= l.submitted_at order by e.at desc, e.id desc limit 1), 'DECLARED') as status
      ) st on true
      where l.posts is null
      group by l.id
    ) c
    where c.id = l.id`, [timeZone], 'run', em.getTransactionContext());
}
