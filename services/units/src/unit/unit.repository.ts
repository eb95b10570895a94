import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsFor, isUuid, rowsAs, timestampOf, uuidArray } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { Unit } from './unit.entity.js';

/**
 * A unit as reads see it: the row, not a managed entity (an `instanceof Unit` made by `rowsAs`,
 * `archived` from the class). Reads need no identity map and no change tracking, and hydrating
 * them cost the units subgraph more CPU per request than the SQL did.
 */
export interface UnitRow {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  readonly archived: boolean;
  code: string;
  name: string;
  excluded: boolean;
  industry: { id: string };
}

const UNIT_COLUMNS = 'id, code, name, industry_id, excluded, version, archived_at, created_at, updated_at';

/**
 * The columns each GraphQL field of Unit reads from its row (`teams` and `teamCount` only its id).
 * A field missing here, or asked of a list whose selection is not known, reads every column.
 */
const UNIT_FIELD_COLUMNS: Record<string, readonly string[]> = {
  __typename: [], id: [], code: ['code'], name: ['name'], excluded: ['excluded'], version: ['version'],
  createdAt: ['created_at'], updatedAt: ['updated_at'], archived: ['archived_at'], industry: ['industry_id'], teams: [], teamCount: [],
};

/** The columns a list of units reads for these GraphQL fields of Unit (all of them when unknown). */
export const unitColumns = (fields?: ReadonlySet<string>) => (fields ? columnsFor(fields, UNIT_FIELD_COLUMNS, ['id'], UNIT_COLUMNS) : UNIT_COLUMNS);

interface UnitRecord {
  id: string;
  code: string;
  name: string;
  industry_id: string;
  excluded: boolean;
  version: number;
  // Text as PostgreSQL writes it: MikroORM leaves timestamps unparsed in raw reads (see timestampOf).
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const asUnit = rowsAs<Omit<UnitRow, 'archived'>>(Unit, ['id', 'version', 'createdAt', 'updatedAt', 'archivedAt', 'code', 'name', 'excluded', 'industry']);

function unitRow(r: UnitRecord): UnitRow {
  return asUnit({
    id: r.id, version: r.version, createdAt: timestampOf(r.created_at), updatedAt: timestampOf(r.updated_at), archivedAt: timestampOf(r.archived_at),
    code: r.code, name: r.name, excluded: r.excluded, industry: { id: r.industry_id },
  }) as UnitRow;
}

export interface UnitFilter {
  industryId?: string | null;
  includeExcluded: boolean;
  includeArchived: boolean;
}

/** The queries about units. */
export class UnitRepository {
  constructor(private readonly em: EntityManager) {}

  /** `fields`: the GraphQL fields of Unit asked of the list, when known; only their columns are read. */
  async list(filter: UnitFilter, fields?: ReadonlySet<string>): Promise<UnitRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.industryId) {
      params.push(filter.industryId);
      where.push('industry_id = ?');
    }
    if (!filter.includeExcluded) where.push('not excluded');
    if (!filter.includeArchived) where.push('archived_at is null');
    const rows: UnitRecord[] = await this.em.execute(
      `select ${unitColumns(fields)} from "${SCHEMA}"."unit"${where.length ? ` where ${where.join(' and ')}` : ''} order by code`,
      params,
    );
    return rows.map(unitRow);
  }

  async byIds(ids: readonly string[]): Promise<UnitRow[]> {
    const rows: UnitRecord[] = await this.em.execute(`select ${UNIT_COLUMNS} from "${SCHEMA}"."unit" where id = any(?::uuid[])`, [uuidArray(ids)]);
    return rows.map(unitRow);
  }

  /** The units in use of each industry, by code. */
  async inUseByIndustries(industryIds: readonly string[]): Promise<UnitRow[]> {
    const rows: UnitRecord[] = await this.em.execute(
      `select ${UNIT_COLUMNS} from "${SCHEMA}"."unit" where industry_id = any(?::uuid[]) and archived_at is null order by code`,
      [uuidArray(industryIds)],
    );
    return rows.map(unitRow);
  }

  countInUse(industryId: string): Promise<number> {
    return this.em.count(Unit, { industry: industryId, archivedAt: null });
  }

  /** Another unit with this code or this name. */
  clash(code: string, name: string, selfId?: string): Promise<Unit | null> {
    return this.em.findOne(Unit, { $or: [{ code }, { name }], ...(selfId ? { id: { $ne: selfId } } : {}) });
  }
}
