import type { HonorTier } from '../honor/honor.tier.js';

/** Digits of a plaque's serial: the demo's and the committee's habit (BZ2016-POST-0001). */
export const PLAQUE_SERIAL_DIGITS = 4;

/** The prefix of a campaign's plaque numbers of one tier. */
export function plaquePrefix(year: number, tier: HonorTier): string {
  return `BZ${year}-${tier}-`;
}

/** The plaque number `offset` places after the highest serial used (offset 0: the next free one). */
export function plaqueNumberAfter(prefix: string, highest: number, offset = 0): string {
  return `${prefix}${String(highest + 1 + offset).padStart(PLAQUE_SERIAL_DIGITS, '0')}`;
}
