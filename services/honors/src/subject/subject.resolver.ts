import { UnitScoped, isUuid, scopedUnit } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Honor } from '../honor/honor.entity.js';
import { Industry, Member, Team, Unit } from './subject.entity.js';

const DESCRIPTION = "Its candidacies and honors (newest first), of one campaign or all; a UNIT_ADMIN sees its own unit's. Loaded for every parent of a request in one statement";

/** A subject's honors, batched across every parent of the request; a UNIT_ADMIN's confined to its unit. */
function honorsOf(ctx: Context, subjectId: string, campaignId: string | null | undefined): Promise<Honor[]> {
  if (!isUuid(subjectId) || (campaignId != null && !isUuid(campaignId))) return Promise.resolve([]);
  return ctx.loaders.honorsBySubject.load({ args: { campaignId: campaignId ?? null, confinedTo: scopedUnit(ctx.caller) }, id: subjectId });
}

@Resolver(() => Member)
export class MemberHonorsResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => [Honor], { description: `示范岗. ${DESCRIPTION}` })
  // A subject has a candidacy a year.
  @Directive('@listSize(assumedSize: 3)')
  honors(@Root() member: Member, @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined, @Ctx() ctx: Context): Promise<Honor[]> {
    return honorsOf(ctx, member.id, campaignId);
  }
}

@Resolver(() => Team)
export class TeamHonorsResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => [Honor], { description: `示范团队. ${DESCRIPTION}` })
  @Directive('@listSize(assumedSize: 3)')
  honors(@Root() team: Team, @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined, @Ctx() ctx: Context): Promise<Honor[]> {
    return honorsOf(ctx, team.id, campaignId);
  }
}

@Resolver(() => Unit)
export class UnitHonorsResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => [Honor], { description: `示范单位: the unit's own candidacies (its members' and teams' are in honors(unitId:)). ${DESCRIPTION}` })
  // A unit's honors list holds its own UNIT candidacies.
  @Directive('@listSize(assumedSize: 3)')
  honors(@Root() unit: Unit, @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined, @Ctx() ctx: Context): Promise<Honor[]> {
    return honorsOf(ctx, unit.id, campaignId);
  }
}

@Resolver(() => Industry)
export class IndustryHonorsResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => [Honor], { description: `示范行业. ${DESCRIPTION}` })
  @Directive('@listSize(assumedSize: 3)')
  honors(@Root() industry: Industry, @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined, @Ctx() ctx: Context): Promise<Honor[]> {
    return honorsOf(ctx, industry.id, campaignId);
  }
}
