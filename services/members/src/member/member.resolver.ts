import { DateScalar, Role, canReadPersonal, canReadUnit, forbidden, isUuid, requireCaller } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ActivityRecord } from '../activity/activity.entity.js';
import type { Context } from '../context.js';
import { Team } from '../team/team.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { MemberConnection, memberPage } from './member.connection.js';
import { Member } from './member.entity.js';
import { CreateMemberInput, TransferMemberInput, UpdateMemberInput } from './member.input.js';
import { ALL } from './member.repository.js';
import { MemberService } from './member.service.js';

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
  createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).create(input);
  }

  @Mutation(() => Member, { description: "ADMIN, or the UNIT_ADMIN of the member's unit; optimistic locking by expectedVersion" })
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).update(input);
  }

  @Mutation(() => Member, {
    description: "Moves a member to another team of the unit (ADMIN, or the unit's own UNIT_ADMIN) or to another unit (组织关系转接: ADMIN only)",
  })
  transferMember(@Arg('input', () => TransferMemberInput) input: TransferMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).transfer(input);
  }
}
