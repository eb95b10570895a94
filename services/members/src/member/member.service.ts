import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Role, appError, applyChanges, audit, conflict, forbidden, isUuid, loadForUpdate, notFound, refuse, requireCaller, requireUnitWrite,
  type Caller, type ServiceContext,
} from '@sfxd/kit';
import { directoryUnit, type DirectoryUnit } from '../unit/unit.directory.js';
import { checkMemberFacts, normalizePhone } from '../validation.js';
import { Member } from './member.entity.js';
import type { CreateMemberInput, TransferMemberInput, UpdateMemberInput } from './member.input.js';
import { MemberRepository } from './member.repository.js';

/**
 * A unit's members are kept by ADMIN and the unit's own UNIT_ADMIN; moving one to another unit
 * (组织关系转接) is the committee's. Every change is audited in the same transaction, naming the
 * fields changed, never personal values.
 */
export class MemberService {
  constructor(private readonly ctx: ServiceContext) {}

  async create(input: CreateMemberInput): Promise<Member> {
    const caller = requireUnitWrite(this.ctx.caller, input.unitId);
    const facts = {
      name: input.name.trim(),
      position: input.position.trim(),
      birthDate: input.birthDate,
      joinedPartyOn: input.joinedPartyOn,
      phone: phoneOf(input.phone),
    };
    refuse(checkMemberFacts(facts));
    await lookUpPlacement(this.ctx, caller, input.unitId, input.teamId);
    return this.ctx.em.transactional(async (em) => {
      await assertNaturalKeyFree(em, input.unitId, facts.name, facts.birthDate);
      const member = em.create(Member, { ...facts, unitId: input.unitId, teamId: input.teamId ?? null, gender: input.gender, status: input.status });
      audit(em, caller, {
        operation: 'createMember', entityType: 'Member', entityId: member.id, unitId: member.unitId,
        detail: { name: member.name, teamId: member.teamId, status: member.status, position: member.position },
      });
      return member;
    });
  }

  update(input: UpdateMemberInput): Promise<Member> {
    const signedIn = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const member = await loadForUpdate(em, Member, 'Member', input.id, input.expectedVersion, (m) => requireUnitWrite(signedIn, m.unitId));
      const next = {
        name: input.name?.trim() ?? member.name,
        position: input.position?.trim() ?? member.position,
        birthDate: input.birthDate ?? member.birthDate,
        joinedPartyOn: input.joinedPartyOn ?? member.joinedPartyOn,
        phone: input.phone === undefined ? member.phone : phoneOf(input.phone),
        gender: input.gender ?? member.gender,
        status: input.status ?? member.status,
      };
      refuse(checkMemberFacts(next));
      if (next.name !== member.name || next.birthDate !== member.birthDate) {
        await assertNaturalKeyFree(em, member.unitId, next.name, next.birthDate, member.id);
      }
      const changed = applyChanges(member, next);
      if (changed.length) {
        audit(em, signedIn, {
          operation: 'updateMember', entityType: 'Member', entityId: member.id, unitId: member.unitId,
          // Which fields changed, never the personal values themselves.
          detail: { changed, name: member.name, status: member.status, position: member.position },
        });
      }
      return member;
    });
  }

  /** To another team of the unit, or (ADMIN only) to another unit. */
  transfer(input: TransferMemberInput): Promise<Member> {
    const signedIn = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const member = await loadForUpdate(em, Member, 'Member', input.id, input.expectedVersion, (m) => requireUnitWrite(signedIn, m.unitId));
      const from = { unitId: member.unitId, teamId: member.teamId };
      const to = { unitId: input.unitId ?? member.unitId, teamId: input.teamId ?? null };
      if (to.unitId === from.unitId && to.teamId === from.teamId) return member;
      // A unit admin moving someone into another unit would add members there unasked, and the
      // duplicate check below would tell it that unit's members' birth dates.
      if (to.unitId !== from.unitId && signedIn.role !== Role.ADMIN) {
        throw forbidden('Moving a member to another unit (组织关系转接) is done by the committee (ADMIN)');
      }
      await lookUpPlacement(this.ctx, signedIn, to.unitId, to.teamId);
      if (to.unitId !== from.unitId) await assertNaturalKeyFree(em, to.unitId, member.name, member.birthDate, member.id);
      applyChanges(member, to);
      // Both units' trails show the move.
      for (const unitId of new Set([from.unitId, to.unitId])) {
        audit(em, signedIn, { operation: 'transferMember', entityType: 'Member', entityId: member.id, unitId, detail: { name: member.name, from, to } });
      }
      return member;
    });
  }
}

/** Spaces, dashes and +86 are how people write numbers; an empty one is no number. */
function phoneOf(raw: string | null | undefined): string | null {
  return raw == null || raw.trim() === '' ? null : normalizePhone(raw);
}

/**
 * The unit a member is put in, from the units subgraph, and the team checked to be one of its
 * teams in use. A UNIT_ADMIN sees only its own unit's teams, so it can send a member to another
 * unit but not pick the team there: the receiving unit does that.
 */
export async function lookUpPlacement(ctx: ServiceContext, caller: Caller, unitId: string, teamId: string | null | undefined): Promise<DirectoryUnit> {
  const unit = isUuid(unitId) ? await directoryUnit(ctx, caller, unitId) : null;
  if (!unit) throw notFound('Unit', unitId);
  if (unit.archived) throw conflict(`Unit ${unit.name} is archived`, { field: 'unitId' });
  if (teamId != null && !unit.teams.some((t) => t.id === teamId)) {
    throw appError('BAD_USER_INPUT', `Team ${teamId} is not a team in use of ${unit.name}`, { field: 'teamId' });
  }
  return unit;
}

/** Name and birth date identify a member within a unit (the roster import's natural key). */
async function assertNaturalKeyFree(em: EntityManager, unitId: string, name: string, birthDate: string, selfId?: string): Promise<void> {
  const clash = await new MemberRepository(em).naturalKeyClash(unitId, name, birthDate, selfId);
  if (clash) throw conflict(`The unit already has a member named ${name} born on that date`, { field: 'name' });
}
