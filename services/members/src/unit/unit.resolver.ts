import { CachedAnswer, Public, SignedIn, UnitScoped, checkYear, inUnitScope, isUuid, refuse, PAGE_LIST_SIZE } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ActivityTotal } from '../activity/activity-total.js';
import type { Context } from '../context.js';
import { MemberConnection, memberPage } from '../member/member.connection.js';
import { Unit } from './unit.entity.js';

const UNIT_MEMBERS = { scope: 'unit_id', search: null, confinedTo: null } as const;

/**
 * `Unit.partyMemberCount`, called by graphql-js directly (the subgraph's `directResolvers`): the
 * gateway asks it of every unit of a list at once, for the quota that @requires it.
 */
export function resolvePartyMemberCount(unit: Pick<Unit, 'id'>, _args: unknown, ctx: Context): Promise<number> | number {
  if (!isUuid(unit.id)) return 0;
  return ctx.loaders.memberCount.load({ args: UNIT_MEMBERS, id: unit.id });
}

@Resolver(() => Unit)
export class UnitResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => MemberConnection, { description: "The unit's members by name. Signed-in callers; a UNIT_ADMIN sees its own unit's" })
  @Directive(PAGE_LIST_SIZE)
  async members(
    @Root() unit: Unit,
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberConnection> {
    if (!inUnitScope(ctx.caller, unit.id, 'EMPTY') || !isUuid(unit.id)) return MemberConnection.empty();
    return memberPage(ctx, 'unit_id', unit.id, { first, after, search });
  }

  /** Public, like `teamCount`: the directory's counts are the basis of the units' comparison. Kept a few seconds in whole answers (CachedAnswer). */
  @Public()
  @CachedAnswer()
  @FieldResolver(() => Int, { description: 'Number of Party members: the base of the post quota. Counted for all units in one statement' })
  async partyMemberCount(@Root() unit: Unit, @Ctx() ctx: Context): Promise<number> {
    return resolvePartyMemberCount(unit, {}, ctx);
  }

  /** A per-unit aggregate without personal data: every signed-in role, any unit. */
  @SignedIn()
  @FieldResolver(() => [ActivityTotal], { description: '示范活动 totals of one year by type and month, for the dashboard. Signed-in callers' })
  // At most six activity types × twelve months.
  @Directive('@listSize(assumedSize: 72)')
  async activityTotals(@Root() unit: Unit, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<ActivityTotal[]> {
    refuse(checkYear(year));
    if (!isUuid(unit.id)) return [];
    return ctx.loaders.activityTotals.load({ args: { year }, id: unit.id });
  }
}
