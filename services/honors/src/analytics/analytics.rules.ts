import { HONOR_STATUSES, declaredHonor, overdue, type HonorAction, type HonorStatus } from '../honor/honor.machine.js';
import { HONOR_TIERS, type HonorTier } from '../honor/honor.tier.js';

/*
 * The rules of the analytic queries, pure: which actions are dynamic management, what became of
 * a rectification, and the order rows are listed in. The SQL only groups and counts.
 */

/** 动态管理: the actions taken on named honors (DESIGN.md §2), in the order the dashboard lists them. */
export const MANAGEMENT_ACTIONS = ['COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE'] as const satisfies readonly HonorAction[];
export type ManagementAction = (typeof MANAGEMENT_ACTIONS)[number];

export const RECTIFICATION_OUTCOMES = ['OPEN', 'PASSED', 'FAILED'] as const;
export type RectificationOutcome = (typeof RECTIFICATION_OUTCOMES)[number];

/**
 * What became of a rectification, from the action that ended it (the first one taking the honor
 * out of RECTIFYING): passed, failed (FAIL_RECTIFICATION, or the name revoked while rectifying),
 * or still open (none yet).
 */
export function rectificationOutcome(closedBy: HonorAction | null): RectificationOutcome {
  if (closedBy === null) return 'OPEN';
  if (closedBy === 'PASS_RECTIFICATION') return 'PASSED';
  if (closedBy === 'FAIL_RECTIFICATION' || closedBy === 'REVOKE') return 'FAILED';
  throw new RangeError(`${closedBy} does not end a rectification`);
}

/**
 * Overdue on `asOf`: still open and past its deadline — exactly `Honor.overdue`'s rule (the
 * deadline day itself is in time), applied to the rectification as it stood that day.
 */
export function rectificationOverdue(outcome: RectificationOutcome, deadline: string, asOf: string): boolean {
  if (outcome !== 'OPEN') return false;
  return overdue({ ...declaredHonor(), status: 'RECTIFYING', rectificationDeadline: deadline }, asOf);
}

const tierOrder = new Map<string, number>(HONOR_TIERS.map((t, i) => [t, i]));
const statusOrder = new Map<string, number>(HONOR_STATUSES.map((s, i) => [s, i]));
const actionOrder = new Map<string, number>(MANAGEMENT_ACTIONS.map((a, i) => [a, i]));
/** Industries (no unit) first, then units by id: a stable order; clients sort by name. */
const byUnit = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** Unit, then tier (POST, TEAM, UNIT, INDUSTRY), then status in the procedure's order. */
export function compareHonorCounts(a: { unitId: string | null; tier: HonorTier; status: HonorStatus }, b: typeof a): number {
  return byUnit(a.unitId, b.unitId) || tierOrder.get(a.tier)! - tierOrder.get(b.tier)! || statusOrder.get(a.status)! - statusOrder.get(b.status)!;
}

/** Month, then action in MANAGEMENT_ACTIONS' order, then unit. */
export function compareActionCounts(a: { month: string; action: ManagementAction; unitId: string | null }, b: typeof a): number {
  return (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) || actionOrder.get(a.action)! - actionOrder.get(b.action)! || byUnit(a.unitId, b.unitId);
}
