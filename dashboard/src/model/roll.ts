/** A named honor as the public roll lists it (`honorRoll.named`). */
export interface RollEntry {
  tier: string;
  name?: string | null;
  unitName?: string | null;
  batch?: string | null;
  namedOn?: string | null;
  status: string;
  verificationCode?: string | null;
}

export const ROLL_TIERS = ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const;

/** One batch of the roll: its name, the day it was (first) named, and its honors per tier. */
export interface RollBatch<T extends RollEntry> {
  /** Null: honors named without a batch. */
  batch: string | null;
  namedOn: string | null;
  tiers: { tier: string; entries: T[] }[];
  count: number;
}

/**
 * The roll's batches in the order the gateway lists the honors (the batch named first first), each
 * with its tiers in the plan's order (posts, teams, units, industries) and only those it has.
 */
export function rollBatches<T extends RollEntry>(entries: readonly T[]): RollBatch<T>[] {
  const batches = new Map<string, { batch: string | null; namedOn: string | null; byTier: Map<string, T[]>; count: number }>();
  for (const e of entries) {
    const key = e.batch ?? '';
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { batch: e.batch ?? null, namedOn: e.namedOn ?? null, byTier: new Map(), count: 0 }));
    if (e.namedOn && (!b.namedOn || e.namedOn < b.namedOn)) b.namedOn = e.namedOn;
    const list = b.byTier.get(e.tier) ?? [];
    list.push(e);
    b.byTier.set(e.tier, list);
    b.count += 1;
  }
  return [...batches.values()].map((b) => ({
    batch: b.batch,
    namedOn: b.namedOn,
    count: b.count,
    tiers: [...ROLL_TIERS, ...[...b.byTier.keys()].filter((t) => !(ROLL_TIERS as readonly string[]).includes(t))]
      .filter((t) => b.byTier.has(t))
      .map((tier) => ({ tier, entries: b.byTier.get(tier)! })),
  }));
}

/** How many named honors of each tier the roll holds. */
export function tierCounts(entries: readonly RollEntry[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(ROLL_TIERS.map((t) => [t, 0]));
  for (const e of entries) counts[e.tier] = (counts[e.tier] ?? 0) + 1;
  return counts;
}

/** The public page a plaque's QR code opens, at this origin. */
export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

/** Objection reasons the gateway accepts: 5–500 characters once trimmed; a contact up to 100. */
export const REASON_MIN = 5;
export const REASON_MAX = 500;
export const CONTACT_MAX = 100;

/** What is wrong with a reason before it is sent (the gateway checks again), or null. */
export function reasonProblem(reason: string): 'short' | 'long' | null {
  const length = [...reason.trim()].length;
  if (length < REASON_MIN) return 'short';
  if (length > REASON_MAX) return 'long';
  return null;
}
