import { businessToday } from '@sfxd/kit';
import { countsAsDeclared, countsAsNamed, type HonorStatus } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';

/**
 * The ledger's rules (台账, DESIGN.md §2: "ledgers due from every unit by 20 June, submitted on
 * time or late is tracked"), as pure functions.
 *
 * On time: a submission made on or before the campaign's `ledgerDueOn`, both as dates in Beijing
 * (Asia/Shanghai; `TZ_BUSINESS`): 23:59 on the due day is on time, 00:00 the next day is late.
 * A unit is on time or late by its FIRST submission — handing the ledger in is what the deadline
 * asks; a later resubmission (an update) keeps it on time — and missing when it has none. Judged
 * against the campaign's current due date, so a deadline the committee extends counts for every
 * unit alike.
 */
export type LedgerStatus = 'ON_TIME' | 'LATE' | 'MISSING';

/** The day, in Beijing, an instant falls on. */
export const beijingDate = (at: Date): string => businessToday(at);

export function isOnTime(submittedAt: Date, dueOn: string): boolean {
  return beijingDate(submittedAt) <= dueOn;
}

export interface SubmissionFacts {
  unitId: string;
  submittedAt: Date;
  id: string;
}

export interface UnitLedgerSummary<S extends SubmissionFacts> {
  unitId: string;
  status: LedgerStatus;
  /** The submission that decides the status. */
  first: S | null;
  latest: S | null;
  /** Every submission, newest first. */
  history: S[];
}

/** Oldest first; the id settles two submissions of one instant. */
const chronological = (a: SubmissionFacts, b: SubmissionFacts) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each participating unit's ledger, in the order of `unitIds`: its submissions, newest first, and
 * its status. Submissions of other units are ignored.
 */
export function summarizeLedgers<S extends SubmissionFacts>(unitIds: readonly string[], submissions: readonly S[], dueOn: string): UnitLedgerSummary<S>[] {
  const byUnit = new Map<string, S[]>();
  for (const s of submissions) {
    const list = byUnit.get(s.unitId);
    if (list) list.push(s);
    else byUnit.set(s.unitId, [s]);
  }
  return unitIds.map((unitId) => {
    const oldestFirst = [...(byUnit.get(unitId) ?? [])].sort(chronological);
    const first = oldestFirst[0] ?? null;
    return {
      unitId,
      status: !first ? 'MISSING' : isOnTime(first.submittedAt, dueOn) ? 'ON_TIME' : 'LATE',
      first,
      latest: oldestFirst.at(-1) ?? null,
      history: oldestFirst.reverse(),
    };
  });
}

export interface LedgerCounts {
  posts: number;
  teams: number;
  units: number;
  named: number;
}

/**
 * What a unit's ledger holds: its live candidacies per tier (DESIGN.md §2's "declared": not
 * rejected, withdrawn or revoked) and how many of them are named (NAMED, RECTIFYING).
 */
export function ledgerCounts(honors: readonly { tier: HonorTier; status: HonorStatus }[]): LedgerCounts {
  const counts: LedgerCounts = { posts: 0, teams: 0, units: 0, named: 0 };
  for (const h of honors) {
    if (h.tier === 'INDUSTRY' || !countsAsDeclared(h.status)) continue;
    counts[h.tier === 'POST' ? 'posts' : h.tier === 'TEAM' ? 'teams' : 'units']++;
    if (countsAsNamed(h.status)) counts.named++;
  }
  return counts;
}
