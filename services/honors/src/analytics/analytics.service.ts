import { businessToday, inUnitScope, isUuid, requireCaller, scopedUnit, type ServiceContext } from '@sfxd/kit';
import { subjectOf, type Unit } from '../subject/subject.entity.js';
import { AnalyticsRepository, type AnalyticsFilter } from './analytics.repository.js';
import { compareActionCounts, compareHonorCounts, rectificationOutcome, rectificationOverdue } from './analytics.rules.js';
import type { HonorCount, ManagementActionCount, Rectification } from './analytics.types.js';

/** The time zone of business dates, as `businessToday` reads it. */
const businessTimeZone = () => process.env.TZ_BUSINESS ?? 'Asia/Shanghai';

const unitOf = (unitId: string | null): Unit | null => (unitId ? (subjectOf('UNIT', unitId) as Unit) : null);

/**
 * The dashboard's and the year-end report's figures on candidacies and their management, each one
 * SQL statement, for the whole city (industries included) or one unit. Who reads what follows
 * DESIGN.md §3's visibility rule: counts per unit carry no personal data and are the basis of the
 * units' comparison, so every signed-in role reads every unit's; a rectification is one honor's
 * record (whose, why), so a UNIT_ADMIN reads its own unit's only — asking for another unit is
 * FORBIDDEN, asking for none gives its own.
 */
export class AnalyticsService {
  private readonly repository: AnalyticsRepository;

  constructor(private readonly ctx: ServiceContext) {
    this.repository = new AnalyticsRepository(ctx.em, businessTimeZone());
  }

  async honorCounts(campaignId: string, unitId: string | null): Promise<HonorCount[]> {
    const filter = this.filter(campaignId, unitId, 'city');
    if (!filter) return [];
    const rows = await this.repository.honorCounts(filter);
    return rows.sort(compareHonorCounts).map((r) => ({ ...r, unit: unitOf(r.unitId) }));
  }

  async managementActions(campaignId: string, unitId: string | null): Promise<ManagementActionCount[]> {
    const filter = this.filter(campaignId, unitId, 'city');
    if (!filter) return [];
    const rows = await this.repository.actionCounts(filter);
    return rows.sort(compareActionCounts).map((r) => ({ ...r, unit: unitOf(r.unitId) }));
  }

  /** As they stood at the end of `asOf` (default: today in Beijing), by deadline. */
  async rectifications(campaignId: string, unitId: string | null, overdueOnly: boolean, asOf: string | null): Promise<Rectification[]> {
    const filter = this.filter(campaignId, unitId, 'unit');
    if (!filter) return [];
    const day = asOf ?? businessToday();
    const rows = await this.repository.rectifications(filter, day);
    const out = rows.map((r) => {
      const outcome = rectificationOutcome(r.closedBy);
      return { ...r, unit: unitOf(r.unitId), outcome, overdue: rectificationOverdue(outcome, r.deadline, day) };
    });
    return overdueOnly ? out.filter((r) => r.overdue) : out;
  }

  /**
   * Null when nothing can match (an id that is no UUID). `unit`: records of a unit, confined to a
   * UNIT_ADMIN's own (another unit is FORBIDDEN); `city`: aggregates, any unit for any role.
   */
  private filter(campaignId: string, unitId: string | null, scope: 'unit' | 'city'): AnalyticsFilter | null {
    const caller = requireCaller(this.ctx.caller);
    if (scope === 'unit' && unitId != null) inUnitScope(caller, unitId, 'REFUSE', 'rectifications');
    if (!isUuid(campaignId) || (unitId != null && !isUuid(unitId))) return null;
    return { campaignId, unitId: unitId ?? (scope === 'unit' ? scopedUnit(caller) : null) };
  }
}
