import {
  DateScalar, Role, audit, canReadPersonal, canReadUnit, checkPageSize, forbidden, isUuid, loadForUpdate,
  requireCaller, requireUnitWrite,
} from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ActivityRecord } from '../activity/activity.entity.js';
import type { Context } from '../context.js';
import { ALL } from '../loaders.js';
import { Team } from '../team/team.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { checkMemberFacts, normalizePhone } from '../validation.js';
import { MemberConnection, memberPage } from './member.connection.js';
import { Member } from './member.entity.js';
import { CreateMemberInput, TransferMemberInput, UpdateMemberInput } from './member.input.js';
import { assertNaturalKeyFree, lookUpPlacement, refuse } from './member.rules.js';

/**
 * Personal fields resolve only for ADMIN and the member's own UNIT_ADMIN; for anyone else they
 * are null, with no error that would tell them apart. Each read is audited (batched per request).
 */
async function personal<T>(ctx: Context, member: Member, field: string, value: T): Promise<T | null> {
  if (!canReadPersonal(ctx.caller, member.unitId)) return null;
  await ctx.loaders.personalRead.load(`${member.unitId}|${member.id}|${field}`);
  return value;
}

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: "A member; a UNIT_ADMIN may read its own unit's members only" })
  async member(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Member | null> {
    const caller = requireCaller(ctx.caller);
    const member = isUuid(id) ? await ctx.loaders.member.load(id) : null;
    if (member && !canReadUnit(caller, member.unitId)) throw forbidden("You can only read your own unit's members");
    return member;
  }

  @Query(() => MemberConnection, {
    description: "党员名册 Members by name. Without unitId: every unit's (a UNIT_ADMIN: its own unit's). search matches name or position",
  })
  async members(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberConnection> {
    const caller = requireCaller(ctx.caller);
    checkPageSize(first);
    if (unitId == null) {
      return caller.role === Role.UNIT_ADMIN
        ? memberPage(ctx, 'unit_id', caller.unitId!, { first, after, search })
        : memberPage(ctx, null, ALL, { first, after, search });
    }
    if (!canReadUnit(caller, unitId)) throw forbidden("You can only list your own unit's members");
    if (!isUuid(unitId)) return MemberConnection.empty();
    return memberPage(ctx, 'unit_id', unitId, { first, after, search });
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Personal: ADMIN and the unit’s own UNIT_ADMIN only, else null' })
  birthDate(@Root() member: Member, @Ctx() ctx: Context): Promise<string | null> {
    return personal(ctx, member, 'birthDate', member.birthDate);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal: ADMIN and the unit’s own UNIT_ADMIN only, else null' })
  phone(@Root() member: Member, @Ctx() ctx: Context): Promise<string | null> {
    return personal(ctx, member, 'phone', member.phone);
  }

  @FieldResolver(() => Unit)
  unit(@Root() member: Member): Unit {
    return { id: member.unitId };
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() member: Member): Team | null {
    return member.teamId ? { id: member.teamId } : null;
  }

  @FieldResolver(() => [ActivityRecord], { description: '示范活动 by date; year limits them to one calendar year' })
  activities(@Root() member: Member, @Arg('year', () => Int, { nullable: true }) year: number | null | undefined, @Ctx() ctx: Context): Promise<ActivityRecord[]> {
    return ctx.loaders.activitiesByMember.load({ args: { year: year ?? null }, id: member.id });
  }

  @Mutation(() => Member, { description: "ADMIN, or the UNIT_ADMIN of the member's unit" })
  async createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    const caller = requireUnitWrite(ctx.caller, input.unitId);
    const facts = {
      name: input.name.trim(),
      position: input.position.trim(),
      birthDate: input.birthDate,
      joinedPartyOn: input.joinedPartyOn,
      phone: input.phone == null || input.phone.trim() === '' ? null : normalizePhone(input.phone),
    };
    refuse(checkMemberFacts(facts));
    await lookUpPlacement(ctx, caller, input.unitId, input.teamId);
    return ctx.em.transactional(async (em) => {
      await assertNaturalKeyFree(em, input.unitId, facts.name, facts.birthDate);
      const member = em.create(Member, { ...facts, unitId: input.unitId, teamId: input.teamId ?? null, gender: input.gender, status: input.status });
      audit(em, caller, {
        operation: 'createMember', entityType: 'Member', entityId: member.id, unitId: member.unitId,
        detail: { name: member.name, teamId: member.teamId, status: member.status, position: member.position },
      });
      return member;
    });
  }

  @Mutation(() => Member, { description: "ADMIN, or the UNIT_ADMIN of the member's unit; optimistic locking by expectedVersion" })
  async updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    requireCaller(ctx.caller);
    return ctx.em.transactional(async (em) => {
      const member = await loadForUpdate(em, Member, 'Member', input.id, input.expectedVersion, (m) => requireUnitWrite(ctx.caller, m.unitId));
      const caller = requireUnitWrite(ctx.caller, member.unitId);
      const next = {
        name: input.name?.trim() ?? member.name,
        position: input.position?.trim() ?? member.position,
        birthDate: input.birthDate ?? member.birthDate,
        joinedPartyOn: input.joinedPartyOn ?? member.joinedPartyOn,
        phone: input.phone === undefined ? member.phone : input.phone === null || input.phone.trim() === '' ? null : normalizePhone(input.phone),
        gender: input.gender ?? member.gender,
        status: input.status ?? member.status,
      };
      refuse(checkMemberFacts(next));
      if (next.name !== member.name || next.birthDate !== member.birthDate) {
        await assertNaturalKeyFree(em, member.unitId, next.name, next.birthDate, member.id);
      }
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== member[k]);
      Object.assign(member, next);
      audit(em, caller, {
        operation: 'updateMember', entityType: 'Member', entityId: member.id, unitId: member.unitId,
        // Which fields changed, never the personal values themselves.
        detail: { changed, name: member.name, status: member.status, position: member.position },
      });
      return member;
    });
  }

  @Mutation(() => Member, {
    description: "Moves a member to another team of the unit (ADMIN, or the unit's own UNIT_ADMIN) or to another unit (组织关系转接: ADMIN only)",
  })
  async transferMember(@Arg('input', () => TransferMemberInput) input: TransferMemberInput, @Ctx() ctx: Context): Promise<Member> {
    requireCaller(ctx.caller);
    return ctx.em.transactional(async (em) => {
      const member = await loadForUpdate(em, Member, 'Member', input.id, input.expectedVersion, (m) => requireUnitWrite(ctx.caller, m.unitId));
      const caller = requireUnitWrite(ctx.caller, member.unitId);
      const from = { unitId: member.unitId, teamId: member.teamId };
      const to = { unitId: input.unitId ?? member.unitId, teamId: input.teamId ?? null };
      if (to.unitId === from.unitId && to.teamId === from.teamId) return member;
      // A unit admin moving someone into another unit would add members there unasked, and the
      // duplicate check below would tell it that unit's members' birth dates.
      if (to.unitId !== from.unitId && caller.role !== Role.ADMIN) {
        throw forbidden('Moving a member to another unit (组织关系转接) is done by the committee (ADMIN)');
      }
      await lookUpPlacement(ctx, caller, to.unitId, to.teamId);
      if (to.unitId !== from.unitId) await assertNaturalKeyFree(em, to.unitId, member.name, member.birthDate, member.id);
      Object.assign(member, to);
      // Both units' trails show the move.
      for (const unitId of new Set([from.unitId, to.unitId])) {
        audit(em, caller, { operation: 'transferMember', entityType: 'Member', entityId: member.id, unitId, detail: { name: member.name, from, to } });
      }
      return member;
    });
  }
}
