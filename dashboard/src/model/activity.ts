import type { ActivityType } from '../api/gql/graphql.js';

/** The plan's order of the 示范活动 kinds: charts stack and colour them in this order. */
export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'POST_COMPETITION',
  'SKILL_CONTEST',
  'VOLUNTEER_SERVICE',
  'GRASSROOTS_VISIT',
  'POVERTY_PAIRING',
  'PUBLIC_COMMITMENT',
];

export interface ActivityTotalRow {
  type: ActivityType;
  month: number;
  count: number;
  hours: number;
}

/** Sums rows of the same type and month (several units' totals → the city's). */
export function sumActivityTotals(rows: Iterable<ActivityTotalRow>): ActivityTotalRow[] {
  const sums = new Map<string, ActivityTotalRow>();
  for (const row of rows) {
    const key = `${row.type}|${row.month}`;
    const sum = sums.get(key);
    if (sum) {
      sum.count += row.count;
      sum.hours += row.hours;
    } else sums.set(key, { ...row });
  }
  const order = new Map(ACTIVITY_TYPES.map((t, i) => [t, i]));
  return [...sums.values()].sort((a, b) => a.month - b.month || (order.get(a.type) ?? 99) - (order.get(b.type) ?? 99));
}

/** Count and hours per kind, every kind present (zeros included), in the plan's order. */
export function totalsByType(rows: Iterable<ActivityTotalRow>): { type: ActivityType; count: number; hours: number }[] {
  const totals = new Map(ACTIVITY_TYPES.map((t) => [t, { type: t, count: 0, hours: 0 }]));
  for (const row of rows) {
    const total = totals.get(row.type);
    if (!total) continue;
    total.count += row.count;
    total.hours += row.hours;
  }
  return [...totals.values()];
}

/** Activities and hours in all. Hours are kept in half-hour steps, so the sum is exact. */
export function grandTotal(rows: Iterable<ActivityTotalRow>): { count: number; hours: number } {
  let count = 0;
  let hours = 0;
  for (const row of rows) {
    count += row.count;
    hours += row.hours;
  }
  return { count, hours };
}
