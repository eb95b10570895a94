import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsFor, isUuid, rowsAs, timestampOf, uuidArray } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { Team } from './team.entity.js';

/** A team as reads see it: the row, not a managed entity (see UnitRow). */
export interface TeamRow {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  readonly archived: boolean;
  name: string;
  unit: { id: string };
}

const TEAM_COLUMNS = 'id, unit_id, name, version, archived_at, created_at, updated_at';

/** The columns each GraphQL field of Team reads from its row (see UNIT_FIELD_COLUMNS); `unit_id` is always read, teams are grouped by it. */
const TEAM_FIELD_COLUMNS: Record<string, readonly string[]> = {
  __typename: [], id: [], name: ['name'], version: ['version'], createdAt: ['created_at'], updatedAt: ['updated_at'], archived: ['archived_at'], unit: [],
};

/** The columns a list of teams reads for these GraphQL fields of Team (all of them when unknown). */
export const teamColumns = (fields?: ReadonlySet<string>) => (fields ? columnsFor(fields, TEAM_FIELD_COLUMNS, ['id', 'unit_id'], TEAM_COLUMNS) : TEAM_COLUMNS);

interface TeamRecord {
  id: string;
  unit_id: string;
  name: string;
  version: number;
  // Text as PostgreSQL writes it: MikroORM leaves timestamps unparsed in raw reads (see timestampOf).
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const asTeam = rowsAs<Omit<TeamRow, 'archived'>>(Team, ['id', 'version', 'createdAt', 'updatedAt', 'archivedAt', 'name', 'unit']);

function teamRow(r: TeamRecord): TeamRow {
  return asTeam({
    id: r.id, version: r.version, createdAt: timestampOf(r.created_at), updatedAt: timestampOf(r.updated_at), archivedAt: timestampOf(r.archived_at), name: r.name, unit: { id: r.unit_id },
  }) as TeamRow;
}

/** The queries about teams. */
export class TeamRepository {
  constructor(private readonly em: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<TeamRow[]> {
    const rows: TeamRecord[] = await this.em.execute(`select ${TEAM_COLUMNS} from "${SCHEMA}"."team" where id = any(?::uuid[])`, [uuidArray(ids)]);
    return rows.map(teamRow);
  }

  /** The teams in use of each unit, in pinyin order (the column's collation); `columns` from `teamColumns`. */
  async inUseByUnits(unitIds: readonly string[], columns = TEAM_COLUMNS): Promise<TeamRow[]> {
    const rows: TeamRecord[] = await this.em.execute(
      `select ${columns} from "${SCHEMA}"."team" where unit_id = any(?::uuid[]) and archived_at is null order by name, id`,
      [uuidArray(unitIds)],
    );
    return rows.map(teamRow);
  }

  /** How many teams in use each unit has: one grouped statement for all of them. */
  async countInUseByUnits(unitIds: readonly string[]): Promise<{ key: string; count: number }[]> {
    // Raw, like the reads above: the query builder makes a criteria node of each of thousands of ids.
    const rows: { key: string; count: string | number }[] = await this.em.execute(
      `select unit_id as key, count(*)::int as count from "${SCHEMA}"."team" where unit_id = any(?::uuid[]) and archived_at is null group by unit_id`,
      [uuidArray(unitIds)],
    );
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  /** Another team in use of the unit with this name. */
  nameClash(unitId: string, name: string, selfId?: string): Promise<Team | null> {
    return this.em.findOne(Team, { unit: unitId, name, archivedAt: null, ...(selfId ? { id: { $ne: selfId } } : {}) });
  }
}
