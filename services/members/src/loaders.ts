import { argsLoader, bulkInsert, byIdLoader, isUuid, type Caller, type RequestContext } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { ActivityRecord, type ActivityType } from './activity/activity.entity.js';
import type { UnitDirectory } from './directory.js';
import { Member } from './member/member.entity.js';

export const SCHEMA = 'members';

/** Whose members a list holds: a unit's, a team's, or (column null) everyone's. */
export type MemberScope = 'unit_id' | 'team_id' | null;

export interface PageArgs {
  scope: MemberScope;
  first: number;
  /** Sort key (name, id) of the row the page starts after. */
  after: [string, string] | null;
  /** A LIKE pattern, already escaped, or null. */
  search: string | null;
}

export interface CountArgs {
  scope: MemberScope;
  search: string | null;
}

export interface MemberPage {
  rows: Member[];
  hasNextPage: boolean;
}

export interface ActivityTotalRow {
  type: ActivityType;
  month: number;
  count: number;
  hours: number;
  members: number;
}

/** The id under which an everyone-scope list is asked for. */
export const ALL = 'all';

/** Per-service settings resolvers read from the context. */
export interface MembersSettings {
  /** Time budget of one roster import, waiting its turn and reading the file (see importTurn); default 8 s. */
  rosterImportTimeoutMs?: number;
}

/**
 * One SQL statement per batch for each of these, however many rows or parents a request
 * touches: lists and counts for many units (or teams) at once are one statement each.
 */
export function createLoaders(em: EntityManager, caller: Caller | null, directory: UnitDirectory, settings: MembersSettings = {}) {
  const knex = em.getKnex();
  const table = { m: `${SCHEMA}.member` };
  const filtered = (scope: MemberScope, ids: readonly string[], search: string | null) => {
    const q = knex.from(table);
    if (scope) q.whereIn(`m.${scope}`, ids as string[]);
    if (search) q.where((w) => w.whereRaw(`m.name ilike ? escape '\\'`, [search]).orWhereRaw(`m.position ilike ? escape '\\'`, [search]));
    return q;
  };

  return {
    /** The units subgraph, asked on the caller's behalf (see directory.ts). */
    directory,
    settings,
    member: byIdLoader((ids) => em.find(Member, { id: { $in: ids.filter(isUuid) } })),
    activity: byIdLoader((ids) => em.find(ActivityRecord, { id: { $in: ids.filter(isUuid) } })),

    /** A page of members per parent, by (name, id): a window function cuts each parent's page. */
    memberPage: argsLoader<PageArgs, MemberPage>(
      async ({ scope, first, after, search }, ids) => {
        const partition = scope ? `m.${scope}` : '1';
        const inner = filtered(scope, ids, search).select('m.*', knex.raw(`row_number() over (partition by ${partition} order by m.name, m.id) as rn`));
        if (after) inner.whereRaw('(m.name, m.id) > (?, ?)', after);
        const query = knex.select('*').from(inner.as('t')).where('rn', '<=', first + 1).orderBy([{ column: 'name' }, { column: 'id' }]);
        const rows: (Record<string, unknown> & { rn: string | number })[] = await em.getConnection().execute(query as never);
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
          page.rows.push(em.map(Member, columns));
        }
        return pages;
      },
      () => ({ rows: [], hasNextPage: false }),
    ),

    /** Member counts per parent: one grouped statement (the dashboard asks for every unit at once). */
    memberCount: argsLoader<CountArgs, number>(
      async ({ scope, search }, ids) => {
        const query = filtered(scope, ids, search).count({ count: '*' });
        if (scope) query.select({ key: `m.${scope}` }).groupBy(`m.${scope}`);
        const rows: { key?: string; count: string | number }[] = await em.getConnection().execute(query as never);
        return new Map(rows.map((r) => [r.key ?? ALL, Number(r.count)]));
      },
      () => 0,
    ),

    activitiesByMember: argsLoader<{ year: number | null }, ActivityRecord[]>(
      async ({ year }, ids) => {
        const rows = await em.find(
          ActivityRecord,
          { member: { $in: [...ids] }, ...(year ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {}) },
          { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } },
        );
        const out = new Map<string, ActivityRecord[]>();
        for (const row of rows) {
          const list = out.get(row.member.id);
          if (list) list.push(row);
          else out.set(row.member.id, [row]);
        }
        return out;
      },
      () => [],
    ),

    /** Activity counts and hours per unit, type and month of one year: one statement for all units. */
    activityTotals: argsLoader<{ year: number }, ActivityTotalRow[]>(
      async ({ year }, ids) => {
        const query = knex
          .from({ a: `${SCHEMA}.activity_record` })
          .select({ unitId: 'a.unit_id', type: 'a.type' })
          .select(knex.raw('extract(month from a.date)::int as month, count(*)::int as count, sum(a.hours)::float8 as hours, count(distinct a.member_id)::int as members'))
          .whereIn('a.unit_id', ids as string[])
          .where('a.date', '>=', `${year}-01-01`)
          .where('a.date', '<=', `${year}-12-31`)
          .groupBy('a.unit_id', 'a.type', knex.raw('3'))
          .orderBy([{ column: 'a.unit_id' }, { column: 'month' }, { column: 'a.type' }]);
        const rows: (ActivityTotalRow & { unitId: string })[] = await em.getConnection().execute(query as never);
        const out = new Map<string, ActivityTotalRow[]>();
        for (const { unitId, ...total } of rows) {
          const list = out.get(unitId);
          if (list) list.push(total);
          else out.set(unitId, [total]);
        }
        return out;
      },
      () => [],
    ),

    /**
     * Audit of personal-field reads: every member whose phone or birth date a request shows is
     * recorded, one audit line per unit, in one INSERT per batch of fields resolved together.
     */
    personalRead: new DataLoader<string, true>(async (keys) => {
      const byUnit = new Map<string, { members: Set<string>; fields: Set<string> }>();
      for (const key of keys) {
        const [unitId, memberId, field] = key.split('|') as [string, string, string];
        let entry = byUnit.get(unitId);
        if (!entry) byUnit.set(unitId, (entry = { members: new Set(), fields: new Set() }));
        entry.members.add(memberId);
        entry.fields.add(field);
      }
      const at = new Date().toISOString();
      await bulkInsert(
        em,
        SCHEMA,
        'audit_event',
        ['id', 'actor', 'actor_role', 'actor_unit_id', 'operation', 'entity_type', 'unit_id', 'detail', 'at'],
        [...byUnit].map(([unitId, e]) => [
          randomUUID(), caller?.sub ?? 'anonymous', caller?.role ?? null, caller?.unitId ?? null, 'readPersonalFields', 'Member', unitId,
          { memberIds: [...e.members].sort(), fields: [...e.fields].sort() }, at,
        ]),
      );
      return keys.map(() => true as const);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
