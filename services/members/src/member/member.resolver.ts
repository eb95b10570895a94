import { DateScalar, Personal, Public, SignedIn, UnitScoped, UnitWrite, canReadPersonal, inUnitScope, isUuid, scopedUnit, PAGE_LIST_SIZE } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
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
  @UnitScoped('REFUSE')
  @Query(() => Member, { nullable: true, description: "A member; a UNIT_ADMIN may read its own unit's members only" })
  async member(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Member | null> {
    const member = isUuid(id) ? await ctx.loaders.member.load(id) : null;
    if (member) inUnitScope(ctx.caller, member.unitId, 'REFUSE', 'members');
    return member;
  }

  @UnitScoped('REFUSE')
  @Query(() => MemberConnection, {
    description: "党员名册 Members by name. Without unitId: every unit's (a UNIT_ADMIN: its own unit's). search matches name or position",
  })
  @Directive(PAGE_LIST_SIZE)
  async members(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberConnection> {
    if (unitId == null) {
      // Everyone's, or a UNIT_ADMIN's own unit's: a scoped query.
      const own = scopedUnit(ctx.caller);
      return own ? memberPage(ctx, 'unit_id', own, { first, after, search }) : memberPage(ctx, null, ALL, { first, after, search });
    }
    inUnitScope(ctx.caller, unitId, 'REFUSE', 'members');
    if (!isUuid(unitId)) return MemberConnection.empty();
    return memberPage(ctx, 'unit_id', unitId, { first, after, search });
  }

  @Personal()
  @FieldResolver(() => DateScalar, { nullable: true, description: 'Personal: ADMIN and the unit’s own UNIT_ADMIN only, else null' })
  birthDate(@Root() member: Member, @Ctx() ctx: Context): Promise<string | null> {
    return personal(ctx, member, 'birthDate', member.birthDate);
  }

  @Personal()
  @FieldResolver(() => String, { nullable: true, description: 'Personal: ADMIN and the unit’s own UNIT_ADMIN only, else null' })
  phone(@Root() member: Member, @Ctx() ctx: Context): Promise<string | null> {
    return personal(ctx, member, 'phone', member.phone);
  }

  @Public()
  @FieldResolver(() => Unit)
  unit(@Root() member: Member): Unit {
    return { id: member.unitId };
  }

  @Public()
  @FieldResolver(() => Team, { nullable: true })
  team(@Root() member: Member): Team | null {
    return member.teamId ? { id: member.teamId } : null;
  }

  @SignedIn()
  @FieldResolver(() => [ActivityRecord], { description: '示范活动 by date; year limits them to one calendar year' })
  // A member a few activities a year.
  @Directive('@listSize(assumedSize: 20)')
  activities(@Root() member: Member, @Arg('year', () => Int, { nullable: true }) year: number | null | undefined, @Ctx() ctx: Context): Promise<ActivityRecord[]> {
    return ctx.loaders.activitiesByMember.load({ args: { year: year ?? null }, id: member.id });
  }

  @UnitWrite()
  @Mutation(() => Member, { description: "ADMIN, or the UNIT_ADMIN of the member's unit" })
  createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).create(input);
  }

  @UnitWrite()
  @Mutation(() => Member, { description: "ADMIN, or the UNIT_ADMIN of the member's unit; optimistic locking by expectedVersion" })
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).update(input);
  }

  @UnitWrite()
  @Mutation(() => Member, {
    description: "Moves a member to another team of the unit (ADMIN, or the unit's own UNIT_ADMIN) or to another unit (组织关系转接: ADMIN only)",
  })
  transferMember(@Arg('input', () => TransferMemberInput) input: TransferMemberInput, @Ctx() ctx: Context): Promise<Member> {
    return new MemberService(ctx).transfer(input);
  }
}
