import { MANAGEMENT_ACTIONS, type ManagementCell } from '../charts/index.js';

/** A rectification as the gateway answers it (`rectifications`). */
export interface RectificationFacts {
  honorId: string;
  unitId?: string | null;
  unit?: { id: string; name: string } | null;
  tier: string;
  reason: string;
  orderedOn: string;
  deadline: string;
  outcome: string;
  closedBy?: string | null;
  closedOn?: string | null;
  overdue: boolean;
  honor?: { id: string; subject: { __typename?: string; name?: string } } | null;
}

/** One row of the rectifications table. */
export interface RectificationRow {
  honorId: string;
  unitId: string | null;
  unit: string | null;
  tier: string;
  /** Whose honor: the member's, team's, unit's or industry's name ('' when the reader may not see it). */
  subject: string;
  reason: string;
  orderedOn: string;
  deadline: string;
  outcome: 'OPEN' | 'PASSED' | 'FAILED';
  closedOn: string | null;
  overdue: boolean;
}

/** The table's rows, as the gateway orders them (by deadline). */
export function rectificationRows(rows: readonly RectificationFacts[]): RectificationRow[] {
  return rows.map((r) => ({
    honorId: r.honorId,
    unitId: r.unitId ?? null,
    unit: r.unit?.name ?? null,
    tier: r.tier,
    subject: r.honor?.subject.name ?? '',
    reason: r.reason,
    orderedOn: r.orderedOn,
    deadline: r.deadline,
    outcome: r.outcome === 'PASSED' || r.outcome === 'FAILED' ? r.outcome : 'OPEN',
    closedOn: r.closedOn ?? null,
    overdue: r.overdue,
  }));
}

/** Open ones first, overdue before the others, then by deadline (the gateway's order otherwise). */
export function openFirst(rows: readonly RectificationRow[]): RectificationRow[] {
  const rank = (r: RectificationRow) => (r.outcome !== 'OPEN' ? 2 : r.overdue ? 0 : 1);
  return rows.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

/** What the KPI cards say: each action's total, and the rectifications open and overdue. */
export function managementTotals(cells: readonly ManagementCell[], rectifications: readonly RectificationRow[]): { actions: Record<string, number>; open: number; overdue: number } {
  const actions: Record<string, number> = Object.fromEntries(MANAGEMENT_ACTIONS.map((a) => [a, 0]));
  for (const c of cells) if (c.action in actions) actions[c.action]! += c.count;
  const open = rectifications.filter((r) => r.outcome === 'OPEN');
  return { actions, open: open.length, overdue: open.filter((r) => r.overdue).length };
}
