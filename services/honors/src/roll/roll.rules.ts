import type { HonorTier } from '../honor/honor.tier.js';

/*
 * 光荣榜: what the public honor roll lists, and in which order. Pure: no database, no clock.
 */

/** The statuses the roll reads: named honors (NAMED, and RECTIFYING — still named, DESIGN.md §2) and candidacies in publicity. */
export const ROLL_STATUSES = ['NAMED', 'RECTIFYING', 'PUBLICIZING'] as const;
export type RollStatus = (typeof ROLL_STATUSES)[number];

const TIER_ORDER: Record<HonorTier, number> = { POST: 0, TEAM: 1, UNIT: 2, INDUSTRY: 3 };

/** A row as the roll's one statement reads it. */
export interface RollRow {
  honorId: string;
  tier: HonorTier;
  status: RollStatus;
  name: string | null;
  unitName: string | null;
  batch: string | null;
  namedOn: string | null;
  verificationCode: string | null;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
}

/**
 * The named honors in the roll's order: by batch, the batch first named first (a batch's day is
 * its earliest naming day; honors without a batch after those with one), then by tier (posts,
 * teams, units, industries), then by unit and by name in the Chinese collation (pinyin).
 */
export function namedInRollOrder(rows: readonly RollRow[], locale = 'zh-CN'): RollRow[] {
  const named = rows.filter((r) => r.status === 'NAMED' || r.status === 'RECTIFYING');
  const batchDay = new Map<string, string>();
  for (const r of named) {
    const key = r.batch ?? '';
    const day = r.namedOn ?? '9999-12-31';
    if (!batchDay.has(key) || day < batchDay.get(key)!) batchDay.set(key, day);
  }
  const collator = new Intl.Collator(locale);
  return [...named].sort((a, b) => {
    const ka = a.batch ?? '';
    const kb = b.batch ?? '';
    return (
      Number(ka === '') - Number(kb === '') ||
      batchDay.get(ka)!.localeCompare(batchDay.get(kb)!) ||
      collator.compare(ka, kb) ||
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      collator.compare(a.unitName ?? '', b.unitName ?? '') ||
      collator.compare(a.name ?? '', b.name ?? '') ||
      a.honorId.localeCompare(b.honorId)
    );
  });
}

/** Candidacies in publicity, the window ending first first, then by tier, unit and name. */
export function publicizingInOrder(rows: readonly RollRow[], locale = 'zh-CN'): RollRow[] {
  const collator = new Intl.Collator(locale);
  return rows
    .filter((r) => r.status === 'PUBLICIZING')
    .sort(
      (a, b) =>
        (a.publicityEndsOn ?? '').localeCompare(b.publicityEndsOn ?? '') ||
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
        collator.compare(a.unitName ?? '', b.unitName ?? '') ||
        collator.compare(a.name ?? '', b.name ?? '') ||
        a.honorId.localeCompare(b.honorId),
    );
}
