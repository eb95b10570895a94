import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import type { HonorAction, HonorStatus } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { MANAGEMENT_ACTIONS, type ManagementAction } from './analytics.rules.js';

/** The rows a query reads: one campaign's, of one unit when `unitId` is set (a UNIT_ADMIN's, or a drill-down). */
export interface AnalyticsFilter {
  campaignId: string;
  unitId: string | null;
}

export interface HonorCountRow {
  unitId: string | null;
  tier: HonorTier;
  status: HonorStatus;
  count: number;
}

export interface ActionCountRow {
  action: ManagementAction;
  unitId: string | null;
  /** YYYY-MM, in the business time zone (Beijing). */
  month: string;
  count: number;
}

/** A rectification as recorded: its ORDER_RECTIFICATION event and the first event that ended it, if any by `asOf`. */
export interface RectificationRow {
  honorId: string;
  unitId: string | null;
  tier: HonorTier;
  reason: string;
  orderedOn: string;
  deadline: string;
  closedBy: HonorAction | null;
  closedOn: string | null;
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const T = `"${SCHEMA}"`;

/** Each query is one aggregated statement, whatever the number of units or honors. */
export class AnalyticsRepository {
  constructor(private readonly em: EntityManager, private readonly timeZone: string) {}

  async honorCounts(f: AnalyticsFilter): Promise<HonorCountRow[]> {
    const rows = await this.em.getConnection().execute<{ unit_id: string | null; tier: HonorTier; status: HonorStatus; n: number }[]>(
      `select unit_id, tier, status, count(*)::int as n from ${T}."honor"
        where campaign_id = ?${f.unitId ? ' and unit_id = ?' : ''}
        group by unit_id, tier, status`,
      f.unitId ? [f.campaignId, f.unitId] : [f.campaignId],
    );
    return rows.map((r) => ({ unitId: r.unit_id, tier: r.tier, status: r.status, count: r.n }));
  }

  async actionCounts(f: AnalyticsFilter): Promise<ActionCountRow[]> {
    const rows = await this.em.getConnection().execute<{ action: ManagementAction; unit_id: string | null; month: string; n: number }[]>(
      `select e.action, h.unit_id, to_char(e.at at time zone ?, 'YYYY-MM') as month, count(*)::int as n
         from ${T}."honor_event" e join ${T}."honor" h on h.id = e.honor_id
        where h.campaign_id = ? and e.action in (${marks(MANAGEMENT_ACTIONS)})${f.unitId ? ' and h.unit_id = ?' : ''}
        group by e.action, h.unit_id, month`,
      [this.timeZone, f.campaignId, ...MANAGEMENT_ACTIONS, ...(f.unitId ? [f.unitId] : [])],
    );
    return rows.map((r) => ({ action: r.action, unitId: r.unit_id, month: r.month, count: r.n }));
  }

  /**
   * Every rectification ordered on or before `asOf` (Beijing dates), with what ended it by that
   * day: the first later event of the honor leaving RECTIFYING. An honor ordered to rectify twice
   * has two rows.
   */
  async rectifications(f: AnalyticsFilter, asOf: string): Promise<RectificationRow[]> {
    const tz = this.timeZone;
    const rows = await this.em.getConnection().execute<{
      honor_id: string; unit_id: string | null; tier: HonorTier; reason: string | null; ordered_on: string; deadline: string;
      closed_by: HonorAction | null; closed_on: string | null;
    }[]>(
      `select h.id as honor_id, h.unit_id, h.tier, o.note as reason,
              to_char(o.at at time zone ?, 'YYYY-MM-DD') as ordered_on, o.changes->>'rectificationDeadline' as deadline,
              c.action as closed_by, to_char(c.at at time zone ?, 'YYYY-MM-DD') as closed_on
         from ${T}."honor_event" o
         join ${T}."honor" h on h.id = o.honor_id
         left join lateral (
           select x.action, x.at from ${T}."honor_event" x
            where x.honor_id = o.honor_id and x.id <> o.id and x.at >= o.at
              and x.from_status = 'RECTIFYING' and x.to_status <> 'RECTIFYING'
              and (x.at at time zone ?)::date <= ?::date
            order by x.at, x.id limit 1
         ) c on true
        where h.campaign_id = ? and o.action = 'ORDER_RECTIFICATION' and (o.at at time zone ?)::date <= ?::date${f.unitId ? ' and h.unit_id = ?' : ''}
        order by deadline, o.at, o.id`,
      [tz, tz, tz, asOf, f.campaignId, tz, asOf, ...(f.unitId ? [f.unitId] : [])],
    );
    return rows.map((r) => ({
      honorId: r.honor_id, unitId: r.unit_id, tier: r.tier, reason: r.reason ?? '', orderedOn: r.ordered_on, deadline: r.deadline,
      closedBy: r.closed_by, closedOn: r.closed_on,
    }));
  }
}
