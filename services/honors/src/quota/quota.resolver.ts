import { CachedAnswer, SignedIn, isUuid } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { QuotaFacts } from '../loaders.js';
import { Unit } from '../subject/subject.entity.js';
import { unitQuota } from './quota.rules.js';
import { UnitQuota } from './quota.types.js';

/** A unit as the gateway sends it for `quota`: its id and the counts `quota` @requires. */
type QuotaUnit = Pick<Unit, 'id' | 'partyMemberCount' | 'teamCount' | 'excluded'>;

/**
 * `Unit.quota`, called by graphql-js directly (see the subgraph's `directResolvers`): the dashboard
 * asks it of every unit at once, so each call is one load of the campaign's quota facts and one
 * computation, with no promise of its own beyond the load's.
 */
export function resolveUnitQuota(unit: QuotaUnit, args: { campaignId: string }, ctx: Context): Promise<UnitQuota | null> | null {
  const { campaignId } = args;
  if (!isUuid(campaignId) || !isUuid(unit.id)) return null;
  return ctx.loaders.quotaFacts.load({ args: campaignId, id: unit.id }).then((facts) => quotaOf(unit, facts));
}

function quotaOf(unit: QuotaUnit, { campaign, declared }: QuotaFacts): UnitQuota | null {
  if (!campaign) return null;
  return unitQuota(
    { excluded: unit.excluded ?? false, partyMembers: unit.partyMemberCount ?? 0, teams: unit.teamCount ?? 0, declaredPosts: declared.POST, declaredTeams: declared.TEAM },
    campaign,
  );
}

@Resolver(() => Unit)
export class UnitQuotaResolver {
  /**
   * Computed here from the counts the gateway fetches from their owners (@requires): a whole
   * list of units costs this subgraph one statement for the campaign and one for the declared
   * counts of every unit, whatever their number. A whole answer of quotas is kept for a few
   * seconds (CachedAnswer): the dashboard asks it for hundreds of units from many screens.
   * Declares the field; `resolveUnitQuota` resolves it.
   */
  @SignedIn()
  @CachedAnswer()
  @Directive('@requires(fields: "partyMemberCount teamCount excluded")')
  @FieldResolver(() => UnitQuota, {
    nullable: true,
    description: "The unit's post and team quotas in a campaign (declared = every candidacy not rejected, withdrawn or revoked); null for an excluded unit or an unknown campaign. Every signed-in role",
  })
  async quota(@Root() unit: Unit, @Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<UnitQuota | null> {
    return resolveUnitQuota(unit, { campaignId }, ctx);
  }
}
