import { audit, canReadUnit, conflict, forbidden, isUuid, loadForUpdate, loadReferenced, requireCaller, requireUnitWrite } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { Team } from './team.entity.js';
import { ArchiveInput, CreateTeamInput, UpdateTeamInput } from './team.input.js';

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: "A team; a UNIT_ADMIN may read its own unit's teams only" })
  async team(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Team | null> {
    requireCaller(ctx.caller);
    const team = isUuid(id) ? await ctx.loaders.team.load(id) : null;
    if (team && !canReadUnit(ctx.caller, team.unit.id)) throw forbidden("You can only read your own unit's teams");
    return team;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() team: Team, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.unit.load(team.unit.id);
  }

  @Mutation(() => Team)
  async createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    requireCaller(ctx.caller);
    return ctx.em.transactional(async (em) => {
      const unit = await loadReferenced(em, Unit, 'Unit', input.unitId);
      const caller = requireUnitWrite(ctx.caller, unit.id);
      if (unit.archivedAt) throw conflict(`Unit ${unit.name} is archived`, { field: 'unitId' });
      const name = input.name.trim();
      await assertTeamNameFree(em, unit.id, name);
      const team = em.create(Team, { unit, name });
      audit(em, caller, { operation: 'createTeam', entityType: 'Team', entityId: team.id, unitId: unit.id, detail: { name } });
      return team;
    });
  }

  @Mutation(() => Team)
  async updateTeam(@Arg('input', () => UpdateTeamInput) input: UpdateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    requireCaller(ctx.caller);
    return ctx.em.transactional(async (em) => {
      const team = await loadForUpdate(em, Team, 'Team', input.id, input.expectedVersion, (t) => requireUnitWrite(ctx.caller, t.unit.id));
      const caller = requireUnitWrite(ctx.caller, team.unit.id);
      if (input.name != null) {
        const name = input.name.trim();
        await assertTeamNameFree(em, team.unit.id, name, team.id);
        team.name = name;
      }
      audit(em, caller, { operation: 'updateTeam', entityType: 'Team', entityId: team.id, unitId: team.unit.id, detail: { name: team.name } });
      return team;
    });
  }

  @Mutation(() => Team, { description: 'Retires a team (dissolved or merged); its history stays' })
  async archiveTeam(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Team> {
    requireCaller(ctx.caller);
    return ctx.em.transactional(async (em) => {
      const team = await loadForUpdate(em, Team, 'Team', input.id, input.expectedVersion, (t) => requireUnitWrite(ctx.caller, t.unit.id));
      const caller = requireUnitWrite(ctx.caller, team.unit.id);
      team.archivedAt ??= new Date();
      audit(em, caller, { operation: 'archiveTeam', entityType: 'Team', entityId: team.id, unitId: team.unit.id });
      return team;
    });
  }
}

async function assertTeamNameFree(em: Context['em'], unitId: string, name: string, selfId?: string): Promise<void> {
  const clash = await em.findOne(Team, { unit: unitId, name, archivedAt: null, ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (clash) throw conflict(`The unit already has a team named ${name}`, { field: 'name' });
}
