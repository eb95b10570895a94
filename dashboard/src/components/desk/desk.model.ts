import type { Session } from '../../auth/session.js';

// What the workbench offers, from the same rules the honors subgraph enforces (it refuses the rest
// anyway: these only keep buttons that would be refused off the page).

export type HonorStatus = 'DECLARED' | 'MASS_REVIEW' | 'PUBLICIZING' | 'CONFIRMED' | 'NAMED' | 'RECTIFYING' | 'REVOKED' | 'REJECTED' | 'WITHDRAWN';
export type DeclarableTier = 'POST' | 'TEAM' | 'UNIT';

/** A candidacy in these counts as declared and blocks a second one for the same subject. */
export const LIVE_STATUSES: readonly HonorStatus[] = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING'];
/** WITHDRAW leads out of these only (the naming procedure's state machine). */
export const WITHDRAWABLE: readonly HonorStatus[] = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING'];

export const isLive = (status: string): boolean => (LIVE_STATUSES as readonly string[]).includes(status);
export const mayWithdraw = (status: string): boolean => (WITHDRAWABLE as readonly string[]).includes(status);

/** ADMIN acts for any unit, a UNIT_ADMIN for its own only; LEADER and INTEGRATOR never write. */
export function mayActFor(session: Session | null, unitId: string | undefined): boolean {
  if (!session || !unitId) return false;
  if (session.role === 'ADMIN') return true;
  return session.role === 'UNIT_ADMIN' && session.unitId === unitId;
}

/** The workbench's unit: a UNIT_ADMIN's own, whatever the address says; ADMIN's choice. */
export function deskUnitOf(session: Session | null, asked: unknown): string | undefined {
  if (!session) return undefined;
  if (session.role === 'UNIT_ADMIN') return session.unitId;
  if (session.role === 'ADMIN' && typeof asked === 'string' && asked) return asked;
  return undefined;
}
