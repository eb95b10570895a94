import { SignedIn, UnitScoped, isUuid, scopedUnit, PAGE_LIST_SIZE } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { MemberConnection, memberPage } from '../member/member.connection.js';
import { Team } from './team.entity.js';

@Resolver(() => Team)
export class TeamResolver {
  /** A team stub carries no unit: the page is a scoped query, so another unit's team is empty for a UNIT_ADMIN. */
  @UnitScoped('EMPTY')
  @FieldResolver(() => MemberConnection, { description: "The team's members by name. Signed-in callers; a UNIT_ADMIN sees its own unit's" })
  @Directive(PAGE_LIST_SIZE)
  async members(
    @Root() team: Team,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MemberConnection> {
    if (!isUuid(team.id)) return MemberConnection.empty();
    return memberPage(ctx, 'team_id', team.id, { first, after, confinedTo: scopedUnit(ctx.caller) });
  }

  @SignedIn()
  @FieldResolver(() => Int, { description: 'Number of members in the team. Counted for all teams in one statement' })
  async memberCount(@Root() team: Team, @Ctx() ctx: Context): Promise<number> {
    if (!isUuid(team.id)) return 0;
    return ctx.loaders.memberCount.load({ args: { scope: 'team_id', search: null, confinedTo: null }, id: team.id });
  }
}
