import { describe, expect, it } from 'vitest';
import type { Session } from '../../auth/session.js';
import { deskUnitOf, isLive, mayActFor, mayWithdraw } from './desk.model.js';

const session = (role: Session['role'], unitId?: string): Session => ({ token: 't', role, sub: 's', unitId, expiresAt: 0 });

describe('the workbench’s rules', () => {
  it('gives a unit’s party staff their own unit whatever the address asks, and ADMIN the unit it picks', () => {
    expect(deskUnitOf(session('UNIT_ADMIN', 'mine'), 'theirs')).toBe('mine');
    expect(deskUnitOf(session('ADMIN'), 'theirs')).toBe('theirs');
    expect(deskUnitOf(session('ADMIN'), undefined)).toBeUndefined();
    expect(deskUnitOf(session('LEADER'), 'theirs')).toBeUndefined();
    expect(deskUnitOf(null, 'theirs')).toBeUndefined();
  });

  it('offers actions to ADMIN and to the unit’s own staff only', () => {
    expect(mayActFor(session('ADMIN'), 'u')).toBe(true);
    expect(mayActFor(session('UNIT_ADMIN', 'u'), 'u')).toBe(true);
    expect(mayActFor(session('UNIT_ADMIN', 'u'), 'v')).toBe(false);
    expect(mayActFor(session('LEADER'), 'u')).toBe(false);
    expect(mayActFor(session('INTEGRATOR'), 'u')).toBe(false);
    expect(mayActFor(session('ADMIN'), undefined)).toBe(false);
  });

  it('offers withdrawal before confirmation only, and counts the live statuses as the quota does', () => {
    expect(['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'WITHDRAWN'].filter(mayWithdraw)).toEqual(['DECLARED', 'MASS_REVIEW', 'PUBLICIZING']);
    expect(['DECLARED', 'CONFIRMED', 'NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED', 'WITHDRAWN'].filter(isLive)).toEqual(['DECLARED', 'CONFIRMED', 'NAMED', 'RECTIFYING']);
  });
});
