import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkInsert, isUuid, uuidArray, type Caller } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { SCHEMA } from '../database-schema.js';
import { Member } from './member.entity.js';

/** Whose members a list holds: a unit's, a team's, or (column null) everyone's. */
export type MemberScope = 'unit_id' | 'team_id' | null;

/** The id under which an everyone-scope list is asked for. */
export const ALL = 'all';

export interface PageArgs {
  scope: MemberScope;
  first: number;
  /** Sort key (name, id) of the row the page starts after. */
  after: [string, string] | null;
  /** A LIKE pattern, already escaped, or null. */
  search: string | null;
  /** Only members of this unit (a UNIT_ADMIN's view of a team), or null. */
  confinedTo: string | null;
}

export interface CountArgs {
  scope: MemberScope;
  search: string | null;
  confinedTo: string | null;
}

export interface MemberPage {
  rows: Member[];
  hasNextPage: boolean;
}

export const EMPTY_PAGE: MemberPage = { rows: [], hasNextPage: false };

/** The reads of personal fields one request showed, by unit (see `auditPersonalReads`). */
export type PersonalReads = Map<string, { members: Set<string>; fields: Set<string> }>;

/** The queries about members. Lists and counts for many parents at once are one statement each. */
export class MemberRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<Member[]> {
    return this.em.find(Member, { id: { $in: ids.filter(isUuid) } });
  }

  /** Another member of the unit with this name and birth date (the natural key). */
  naturalKeyClash(unitId: string, name: string, birthDate: string, selfId?: string): Promise<Member | null> {
    return this.em.findOne(Member, { unitId, name, birthDate, ...(selfId ? { id: { $ne: selfId } } : {}) });
  }

  /** A page of members per parent, by (name, id): a window function cuts each parent's page. */
  async pages({ scope, first, after, search, confinedTo }: PageArgs, parentIds: readonly string[]): Promise<Map<string, MemberPage>> {
    const knex = this.em.getKnex();
    const partition = scope ? `m.${scope}` : '1';
    const inner = this.filtered(scope, parentIds, search, confinedTo).select('m.*', knex.raw(`row_number() over (partition by ${partition} order by m.name, m.id) as rn`));
    if (after) inner.whereRaw('(m.name, m.id) > (?, ?)', after);
    const query = knex.select('*').from(inner.as('t')).where('rn', '<=', first + 1).orderBy([{ column: 'name' }, { column: 'id' }]);
    const rows: (Record<string, unknown> & { rn: string | number })[] = await this.em.getConnection().execute(query as never);
    const pages = new Map<string, MemberPage>();
    for (const row of rows) {
      const parent = scope ? String(row[scope]) : ALL;
      let page = pages.get(parent);
      if (!page) pages.set(parent, (page = { rows: [], hasNextPage: false }));
      if (Number(row.rn) > first) {
        page.hasNextPage = true;
        continue;
      }
      const { rn: _rn, ...columns } = row;
      page.rows.push(this.em.map(Member, columns));
    }
    return pages;
  }

  /** Member counts per parent: one grouped statement (the dashboard asks for every unit at once). */
  async counts({ scope, search, confinedTo }: CountArgs, parentIds: readonly string[]): Promise<Map<string, number>> {
    const query = this.filtered(scope, parentIds, search, confinedTo).count({ count: '*' });
    if (scope) query.select({ key: `m.${scope}` }).groupBy(`m.${scope}`);
    const rows: { key?: string; count: string | number }[] = await this.em.getConnection().execute(query as never);
    return new Map(rows.map((r) => [r.key ?? ALL, Number(r.count)]));
  }

  /** One audit line per unit for the personal fields a request showed, in one INSERT; never the values. */
  async auditPersonalReads(caller: Caller | null, reads: PersonalReads): Promise<void> {
    const at = new Date().toISOString();
    await bulkInsert(
      this.em,
      SCHEMA,
      'audit_event',
      ['id', 'actor', 'actor_role', 'actor_unit_id', 'operation', 'entity_type', 'unit_id', 'detail', 'at'],
      [...reads].map(([unitId, e]) => [
        randomUUID(), caller?.sub ?? 'anonymous', caller?.role ?? null, caller?.unitId ?? null, 'readPersonalFields', 'Member', unitId,
        { memberIds: [...e.members].sort(), fields: [...e.fields].sort() }, at,
      ]),
    );
  }

  private filtered(scope: MemberScope, ids: readonly string[], search: string | null, confinedTo: string | null) {
    const q = this.em.getKnex().from({ m: `${SCHEMA}.member` });
    // One uuid[] literal, not a placeholder per parent: the dashboard asks for thousands of units.
    if (scope) q.whereRaw(`m.${scope} = any(?::uuid[])`, [uuidArray(ids)]);
    if (confinedTo) q.where('m.unit_id', confinedTo);
    if (search) q.where((w) => w.whereRaw(`m.name ilike ? escape '\\'`, [search]).orWhereRaw(`m.position ilike ? escape '\\'`, [search]));
    return q;
  }
}
