import { Extensions, getMetadataStorage } from 'type-graphql';
import { Role, type Caller } from './auth.js';
import { canReadUnit, requireCaller, requireRole } from './authz.js';
import { forbidden } from './errors.js';

/**
 * Who may read or call a field (DESIGN.md §3, "Visibility rule"). Every field of every subgraph
 * declares one — with `@Access` or a type-wide `@FieldsAccess` — and every `__resolveReference`
 * too; a test walks each subgraph's schema and fails on any field without one, so nothing is
 * public by omission. A field's rule adds to the rule of the field that reached its record.
 */
export const Rule = {
  /** Anyone, signed in or not: the public directory. */
  PUBLIC: 'PUBLIC',
  /** Every signed-in role: per-unit aggregates without personal data, the basis of the units' public comparison. */
  SIGNED_IN: 'SIGNED_IN',
  /** Records of individuals, signed in; a UNIT_ADMIN's own unit only, another unit's answered with FORBIDDEN. */
  UNIT_SCOPE_REFUSE: 'UNIT_SCOPE:REFUSE',
  /** Records of individuals, signed in; a UNIT_ADMIN's own unit only, another unit's answered empty (null, [], an empty connection). */
  UNIT_SCOPE_EMPTY: 'UNIT_SCOPE:EMPTY',
  /** Personal fields (phone, birth date): ADMIN and the person's own UNIT_ADMIN; null for everyone else. */
  PERSONAL: 'PERSONAL',
  /** Writes to a unit's records: ADMIN, or the unit's own UNIT_ADMIN (the unit is checked on the record). */
  UNIT_WRITE: 'UNIT_WRITE',
  /** The committee only. */
  ADMIN: 'ADMIN',
  /** Federation's own fields (`_service`, `_entities`): the gateway only, by its signed credential; `_entities` answers by each type's `__resolveReference` rule. */
  GATEWAY: 'GATEWAY',
} as const;

export type AccessRule = (typeof Rule)[keyof typeof Rule];

export type ScopeOutcome = 'REFUSE' | 'EMPTY';

/**
 * The roles part of a rule, checked before the field's resolver runs (`buildFederatedSchema`
 * wraps every field that declares one). It depends on the caller only, never on the record, so it
 * is a plain synchronous test: type-graphql's `@Authorized` middleware cost a chain of promises
 * per field of every row. The unit part depends on the record and is the resolver's or service's,
 * through `inUnitScope`.
 */
export function checkRule(rule: AccessRule, caller: Caller | null): void {
  ruleCheck(rule)(caller);
}

/** The check of one rule, or null for the rules whose roles part lets every caller through. */
export function ruleGuard(rule: AccessRule): ((caller: Caller | null) => void) | null {
  const check = ruleCheck(rule);
  return check === open ? null : check;
}

const open = (_caller: Caller | null) => {};

function ruleCheck(rule: AccessRule): (caller: Caller | null) => void {
  switch (rule) {
    case Rule.PUBLIC:
    case Rule.PERSONAL:
    case Rule.GATEWAY:
      return open;
    case Rule.SIGNED_IN:
    case Rule.UNIT_SCOPE_REFUSE:
    case Rule.UNIT_SCOPE_EMPTY:
      return requireCaller;
    case Rule.UNIT_WRITE:
      return requireWriterRole;
    case Rule.ADMIN:
      return requireAdmin;
    default:
      throw new Error(`Unknown access rule ${String(rule)}`);
  }
}

function requireWriterRole(caller: Caller | null): void {
  const c = requireCaller(caller);
  if (c.role !== Role.ADMIN && c.role !== Role.UNIT_ADMIN) {
    throw forbidden(`This needs the role ${Role.ADMIN} or the unit's own ${Role.UNIT_ADMIN}; ${c.role} is read-only`);
  }
}

function requireAdmin(caller: Caller | null): void {
  requireRole(caller, Role.ADMIN);
}

/**
 * The unit scope of records of individuals, with its outcome named where it is used: REFUSE
 * throws FORBIDDEN for another unit's record; EMPTY answers false, and the caller returns null,
 * [] or an empty connection. Other roles read every unit.
 */
export function inUnitScope(caller: Caller | null, unitId: string, outcome: 'REFUSE', what: string): true;
export function inUnitScope(caller: Caller | null, unitId: string, outcome: 'EMPTY'): boolean;
export function inUnitScope(caller: Caller | null, unitId: string, outcome: ScopeOutcome, what = 'records'): boolean {
  if (canReadUnit(caller, unitId)) return true;
  if (outcome === 'REFUSE') throw forbidden(`You can only read your own unit's ${what}`);
  return false;
}

/** The unit a UNIT_ADMIN's lists are confined to, or null for the roles that read every unit: for scoped queries. */
export function scopedUnit(caller: Caller | null): string | null {
  return caller?.role === Role.UNIT_ADMIN ? (caller.unitId ?? null) : null;
}

const explicit = new Map<object, Set<string>>();

/** Declares a field's or an operation's rule: enforced by `buildFederatedSchema` (see `checkRule`), visible to the access walk. */
export function Access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  ruleCheck(rule); // an unknown rule fails where it is declared
  const extensions = Extensions({ access: rule });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    extensions(target, key, descriptor as never);
    const fields = explicit.get(target.constructor) ?? new Set<string>();
    fields.add(String(key));
    explicit.set(target.constructor, fields);
  };
}

export const Public = () => Access(Rule.PUBLIC);
export const SignedIn = () => Access(Rule.SIGNED_IN);
export const UnitScoped = (outcome: ScopeOutcome) => Access(outcome === 'REFUSE' ? Rule.UNIT_SCOPE_REFUSE : Rule.UNIT_SCOPE_EMPTY);
export const Personal = () => Access(Rule.PERSONAL);
export const UnitWrite = () => Access(Rule.UNIT_WRITE);
export const AdminOnly = () => Access(Rule.ADMIN);

/** Declares one rule for every field of an object type that does not declare its own. */
export function FieldsAccess(rule: AccessRule): ClassDecorator {
  return (target) => {
    const own = explicit.get(target) ?? new Set<string>();
    for (const field of getMetadataStorage().fields.filter((f) => f.target === target)) {
      if (own.has(field.name)) continue;
      Access(rule)(target.prototype, field.name);
    }
  };
}
