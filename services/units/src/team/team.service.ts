import { applyChanges, audit, conflict, loadForUpdate, loadReferenced, requireCaller, requireUnitWrite, type ArchiveInput, type ServiceContext } from '@sfxd/kit';
import { Unit } from '../unit/unit.entity.js';
import { Team } from './team.entity.js';
import type { CreateTeamInput, UpdateTeamInput } from './team.input.js';
import { TeamRepository } from './team.repository.js';

/** A unit's teams are kept by ADMIN and the unit's own UNIT_ADMIN; every change is audited. */
export class TeamService {
  constructor(private readonly ctx: ServiceContext) {}

  create(input: CreateTeamInput): Promise<Team> {
    const signedIn = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const unit = await loadReferenced(em, Unit, 'Unit', input.unitId);
      const caller = requireUnitWrite(signedIn, unit.id);
      if (unit.archivedAt) throw conflict(`Unit ${unit.name} is archived`, { field: 'unitId' });
      const name = input.name.trim();
      await assertTeamNameFree(new TeamRepository(em), unit.id, name);
      const team = em.create(Team, { unit, name });
      audit(em, caller, { operation: 'createTeam', entityType: 'Team', entityId: team.id, unitId: unit.id, detail: { name } });
      return team;
    });
  }

  update(input: UpdateTeamInput): Promise<Team> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const team = await loadForUpdate(em, Team, 'Team', input.id, input.expectedVersion, (t) => requireUnitWrite(caller, t.unit.id));
      const name = input.name?.trim() ?? team.name;
      if (name !== team.name) await assertTeamNameFree(new TeamRepository(em), team.unit.id, name, team.id);
      const changed = applyChanges(team, { name });
      if (changed.length) audit(em, caller, { operation: 'updateTeam', entityType: 'Team', entityId: team.id, unitId: team.unit.id, detail: { changed, name } });
      return team;
    });
  }

  /** Retires a team (dissolved or merged). */
  archive(input: ArchiveInput): Promise<Team> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const team = await loadForUpdate(em, Team, 'Team', input.id, input.expectedVersion, (t) => requireUnitWrite(caller, t.unit.id));
      if (team.archivedAt) return team;
      team.archivedAt = new Date();
      audit(em, caller, { operation: 'archiveTeam', entityType: 'Team', entityId: team.id, unitId: team.unit.id });
      return team;
    });
  }
}

async function assertTeamNameFree(teams: TeamRepository, unitId: string, name: string, selfId?: string): Promise<void> {
  if (await teams.nameClash(unitId, name, selfId)) throw conflict(`The unit already has a team named ${name}`, { field: 'name' });
}
