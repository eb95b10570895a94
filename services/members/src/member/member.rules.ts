import { appError, badInput, conflict, isUuid, notFound, type Caller } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { directoryUnit, type DirectoryUnit } from '../unit/unit.directory.js';
import type { Problem } from '../validation.js';
import { Member } from './member.entity.js';

/** The first problem as the error a mutation answers with. */
export function refuse(problems: Problem[]): void {
  const first = problems[0];
  if (first) throw badInput(first.message, first.field);
}

/**
 * The unit a member is put in, from the units subgraph, and the team checked to be one of its
 * teams in use. A UNIT_ADMIN sees only its own unit's teams, so it can send a member to another
 * unit but not pick the team there: the receiving unit does that.
 */
export async function lookUpPlacement(ctx: Context, caller: Caller, unitId: string, teamId: string | null | undefined): Promise<DirectoryUnit> {
  const unit = isUuid(unitId) ? await directoryUnit(ctx, caller, unitId) : null;
  if (!unit) throw notFound('Unit', unitId);
  if (unit.archived) throw conflict(`Unit ${unit.name} is archived`, { field: 'unitId' });
  if (teamId != null && !unit.teams.some((t) => t.id === teamId)) {
    throw appError('BAD_USER_INPUT', `Team ${teamId} is not a team in use of ${unit.name}`, { field: 'teamId' });
  }
  return unit;
}

/** Name and birth date identify a member within a unit (the roster import's natural key). */
export async function assertNaturalKeyFree(em: EntityManager, unitId: string, name: string, birthDate: string, selfId?: string): Promise<void> {
  const clash = await em.findOne(Member, { unitId, name, birthDate, ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (clash) throw conflict(`The unit already has a member named ${name} born on that date`, { field: 'name' });
}
