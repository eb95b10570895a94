import { changesHeard } from '@sfxd/kit';
import type pg from 'pg';

/**
 * The bench's yardstick for the quota queries: one hand-written SQL statement per query, computing
 * the same numbers as `Unit.quota` (QuotaUnits) and `quotaAttainment` (CityAttainment) straight
 * from the tables of the units, members and honors schemas of one database. The platform never
 * reads across schemas (each subgraph owns its own); the bench may, to know what the numbers cost
 * PostgreSQL alone.
 */

/** DESIGN.md §2: declared = from declaration on, unless rejected, withdrawn or revoked; named = NAMED or RECTIFYING. */
const DECLARED = `('DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING')`;
const NAMED = `('NAMED', 'RECTIFYING')`;

/**
 * ceil(ratio × size), where a product within 1e-9 of a whole number is that number (quotaTarget):
 * rounding to 9 places in numeric does that for every size the data can have.
 */
const target = (ratio: string, size: string) => `ceil(round(${ratio}::numeric * ${size}, 9))::int`;

/** Every participating unit's quota in a campaign ($1), as `units(includeExcluded: false) { quota }` answers it. */
export const UNIT_QUOTAS_SQL = `
with c as (select post_ratio, team_ratio from honors.campaign where id = $1),
     m as (select unit_id, count(*)::int as n from members.member group by unit_id),
     t as (select unit_id, count(*)::int as n from units.team where archived_at is null group by unit_id),
     h as (select unit_id,
                  count(*) filter (where tier = 'POST' and status in ${DECLARED})::int as posts,
                  count(*) filter (where tier = 'TEAM' and status in ${DECLARED})::int as teams
             from honors.honor where campaign_id = $1 and unit_id is not null group by unit_id)
select u.id,
       coalesce(m.n, 0) as party_members, coalesce(t.n, 0) as teams,
       coalesce(h.posts, 0) as declared_posts, ${target('c.post_ratio', 'coalesce(m.n, 0)')} as post_target,
       coalesce(h.teams, 0) as declared_teams, ${target('c.team_ratio', 'coalesce(t.n, 0)')} as team_target
  from units.unit u cross join c
  left join m on m.unit_id = u.id left join t on t.unit_id = u.id left join h on h.unit_id = u.id
 where not u.excluded and u.archived_at is null`;

/**
 * The bench's honors write that changes both quota answers: a post declared for a unit ($2) in a
 * campaign ($1), committed straight to the table as another process would (its notice empties the
 * honors subgraph's kept answers); REMOVE_HONOR_SQL takes it back. Returns the honor's id.
 */
const DECLARE_POST_SQL = `
insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, version, declared_on, declared_by, created_at, updated_at)
select gen_random_uuid(), $1, 'POST', gen_random_uuid(), 'MEMBER', u.id, u.industry_id, 'DECLARED', 1, current_date, 'bench', now(), now()
  from units.unit u where u.id = $2
returning id`;
const REMOVE_HONOR_SQL = `delete from honors.honor where id = $1 and declared_by = 'bench'`;
/** What a bench that was killed mid-write left behind: every post it declared. */
export const REMOVE_BENCH_HONORS_SQL = `delete from honors.honor where declared_by = 'bench'`;
/**
 * A write to the honors schema that changes nothing in either quota answer: one candidacy of the
 * campaign ($1) touched (as a note or an objection would). Its notice empties the honors
 * subgraph's kept answers all the same.
 */
const TOUCH_HONOR_SQL = `update honors.honor set updated_at = now() where id = (select id from honors.honor where campaign_id = $1 order by id limit 1)`;

/**
 * `during()` with a post declared for a unit in a campaign (DECLARE_POST_SQL), then taken back;
 * each write heard by this process's subgraphs first, so that `during` sees its effect.
 */
export async function withDeclaredPost<T>(client: pg.Client, databaseUrl: string, campaignId: string, unitId: string, during: () => Promise<T>): Promise<T> {
  const id = (await client.query(DECLARE_POST_SQL, [campaignId, unitId])).rows[0].id as string;
  try {
    await changesHeard(databaseUrl);
    return await during();
  } finally {
    await client.query(REMOVE_HONOR_SQL, [id]);
    await changesHeard(databaseUrl);
  }
}

/** TOUCH_HONOR_SQL on a campaign, heard by this process's subgraphs. */
export async function touchHonor(client: pg.Client, databaseUrl: string, campaignId: string): Promise<void> {
  await client.query(TOUCH_HONOR_SQL, [campaignId]);
  await changesHeard(databaseUrl);
}

/** The city-wide attainment of a campaign ($1), as `quotaAttainment` answers it. */
export const CITY_ATTAINMENT_SQL = `
with c as (select post_ratio, team_ratio, unit_ratio, industry_min, industry_max from honors.campaign where id = $1),
     m as (select unit_id, count(*)::int as n from members.member group by unit_id),
     t as (select unit_id, count(*)::int as n from units.team where archived_at is null group by unit_id),
     h as (select unit_id,
                  count(*) filter (where tier = 'POST' and status in ${DECLARED})::int as posts,
                  count(*) filter (where tier = 'TEAM' and status in ${DECLARED})::int as teams,
                  bool_or(tier = 'UNIT' and status in ${NAMED}) as named
             from honors.honor where campaign_id = $1 and unit_id is not null group by unit_id),
     q as (select coalesce(h.posts, 0) as posts, ${target('c.post_ratio', 'coalesce(m.n, 0)')} as post_target,
                  coalesce(h.teams, 0) as teams, ${target('c.team_ratio', 'coalesce(t.n, 0)')} as team_target,
                  coalesce(h.named, false) as named
             from units.unit u cross join c
             left join m on m.unit_id = u.id left join t on t.unit_id = u.id left join h on h.unit_id = u.id
            where not u.excluded and u.archived_at is null)
select count(*)::int as participating_units,
       sum(posts)::int as posts, sum(post_target)::int as post_target, count(*) filter (where posts >= post_target)::int as units_attaining_posts,
       sum(teams)::int as teams, sum(team_target)::int as team_target, count(*) filter (where teams >= team_target)::int as units_attaining_teams,
       count(*) filter (where named)::int as named_units, ${target('(select unit_ratio from c)', 'count(*)')} as unit_target,
       (select count(*)::int from honors.honor where campaign_id = $1 and tier = 'INDUSTRY' and status in ${NAMED}) as named_industries,
       (select industry_min from c) as industry_min
  from q`;

export interface UnitQuotaRow {
  id: string;
  party_members: number;
  teams: number;
  declared_posts: number;
  post_target: number;
  declared_teams: number;
  team_target: number;
}

export interface CityAttainmentRow {
  participating_units: number;
  posts: number;
  post_target: number;
  units_attaining_posts: number;
  teams: number;
  team_target: number;
  units_attaining_teams: number;
  named_units: number;
  unit_target: number;
  named_industries: number;
  industry_min: number;
}

/** The gateway's QuotaUnits answer as the SQL's rows, for comparing them number by number. */
export function quotaRowsOf(units: { id: string; quota: { partyMembers: number; teams: number; posts: { count: number; target: number }; teamQuota: { count: number; target: number } } | null }[]): UnitQuotaRow[] {
  return units.map((u) => ({
    id: u.id,
    party_members: u.quota?.partyMembers ?? -1,
    teams: u.quota?.teams ?? -1,
    declared_posts: u.quota?.posts.count ?? -1,
    post_target: u.quota?.posts.target ?? -1,
    declared_teams: u.quota?.teamQuota.count ?? -1,
    team_target: u.quota?.teamQuota.target ?? -1,
  }));
}

interface CityAnswer {
  participatingUnits: number;
  posts: { count: number; target: number; unitsAttaining: number };
  teams: { count: number; target: number; unitsAttaining: number };
  units: { count: number; target: number };
  industries: { count: number; target: number };
}

export function cityRowOf(a: CityAnswer): CityAttainmentRow {
  return {
    participating_units: a.participatingUnits,
    posts: a.posts.count, post_target: a.posts.target, units_attaining_posts: a.posts.unitsAttaining,
    teams: a.teams.count, team_target: a.teams.target, units_attaining_teams: a.teams.unitsAttaining,
    named_units: a.units.count, unit_target: a.units.target,
    named_industries: a.industries.count, industry_min: a.industries.target,
  };
}

/** The differences between two sets of rows (by id where they have one), at most `max` of them. */
export function differences<T extends object>(gateway: T[], sql: T[], max = 5): string[] {
  const key = (r: T) => ('id' in r ? String(r.id) : '');
  const bySql = new Map(sql.map((r) => [key(r), r]));
  const out: string[] = [];
  if (gateway.length !== sql.length) out.push(`${gateway.length} rows through the gateway, ${sql.length} from SQL`);
  for (const g of gateway) {
    const s = bySql.get(key(g));
    if (JSON.stringify(g) !== JSON.stringify(s && Object.fromEntries(Object.keys(g).map((k) => [k, (s as Record<string, unknown>)[k]])))) {
      out.push(`gateway ${JSON.stringify(g)} ≠ SQL ${JSON.stringify(s ?? null)}`);
      if (out.length >= max) break;
    }
  }
  return out;
}
