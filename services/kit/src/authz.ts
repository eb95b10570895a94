import { Role, type Caller } from './auth.js';
import { forbidden, unauthenticated } from './errors.js';

/** Every non-anonymous operation starts here. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthenticated();
  return caller;
}

export function requireRole(caller: Caller | null, ...roles: Role[]): Caller {
  const c = requireCaller(caller);
  if (!roles.includes(c.role)) throw forbidden(`This needs one of the roles ${roles.join(', ')}`);
  return c;
}

/** Can this caller read the internal records (teams, members, candidacies) of this unit? */
export function canReadUnit(caller: Caller | null, unitId: string): boolean {
  if (!caller) return false;
  if (caller.role === Role.UNIT_ADMIN) return caller.unitId === unitId;
  return true;
}

/** Can this caller change the records of this unit? ADMIN anywhere, UNIT_ADMIN in its own unit. */
export function canWriteUnit(caller: Caller | null, unitId: string): boolean {
  if (!caller) return false;
  if (caller.role === Role.ADMIN) return true;
  return caller.role === Role.UNIT_ADMIN && caller.unitId === unitId;
}

export function requireUnitWrite(caller: Caller | null, unitId: string): Caller {
  const c = requireCaller(caller);
  if (canWriteUnit(c, unitId)) return c;
  // Say the real reason: the role, or the unit.
  if (c.role !== Role.UNIT_ADMIN) throw forbidden(`This needs the role ${Role.ADMIN} or the unit's own ${Role.UNIT_ADMIN}; ${c.role} is read-only`);
  throw forbidden("You can only work on your own unit's records");
}

/** Personal fields (phone, birth date): ADMIN, and the UNIT_ADMIN of the person's unit. */
export function canReadPersonal(caller: Caller | null, unitId: string): boolean {
  return canWriteUnit(caller, unitId);
}
