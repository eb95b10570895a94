import { ArchiveInput, Public, UnitScoped, UnitWrite, inUnitScope, isUuid } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { Team } from './team.entity.js';
import type { TeamRow } from './team.repository.js';
import type { UnitRow } from '../unit/unit.repository.js';
import { CreateTeamInput, UpdateTeamInput } from './team.input.js';
import { TeamService } from './team.service.js';

@Resolver(() => Team)
export class TeamResolver {
  @UnitScoped('REFUSE')
  @Query(() => Team, { nullable: true, description: "A team; a UNIT_ADMIN may read its own unit's teams only" })
  async team(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TeamRow | null> {
    const team = isUuid(id) ? await ctx.loaders.team.load(id) : null;
    if (team) inUnitScope(ctx.caller, team.unit.id, 'REFUSE', 'teams');
    return team;
  }

  @Public()
  @FieldResolver(() => Unit)
  unit(@Root() team: TeamRow, @Ctx() ctx: Context): Promise<UnitRow | null> {
    return ctx.loaders.unit.load(team.unit.id);
  }

  @UnitWrite()
  @Mutation(() => Team)
  createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return new TeamService(ctx).create(input);
  }

  @UnitWrite()
  @Mutation(() => Team)
  updateTeam(@Arg('input', () => UpdateTeamInput) input: UpdateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return new TeamService(ctx).update(input);
  }

  @UnitWrite()
  @Mutation(() => Team, { description: 'Retires a team (dissolved or merged); its history stays' })
  archiveTeam(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Team> {
    return new TeamService(ctx).archive(input);
  }
}
