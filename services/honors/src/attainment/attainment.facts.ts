import { appError, type Caller, type ServiceContext } from '@sfxd/kit';

/** What the units and members subgraphs know about a unit in use, for the city-wide quotas. */
export interface UnitFacts {
  id: string;
  excluded: boolean;
  teamCount: number;
  /** Known for participating units only: an excluded unit's members are not asked about. */
  partyMemberCount: number;
}

const UNITS = 'query HonorsAttainmentUnits { units(includeExcluded: true) { id excluded teamCount } }';
const COUNTS = 'query HonorsAttainmentCounts($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id partyMemberCount } } }';

/**
 * Every unit in use with its team count and excluded flag, from the units subgraph, and the Party
 * members of the participating ones, from the members subgraph: one request to each owner however
 * many units there are (the members subgraph counts them all in one statement), asked as the
 * caller. No SQL across schemas. Archived units are not in use: they neither count nor make targets.
 */
export async function unitFacts(ctx: ServiceContext, caller: Caller): Promise<UnitFacts[]> {
  const units = ctx.peers?.units;
  const members = ctx.peers?.members;
  if (!units || !members) throw appError('INTERNAL_SERVER_ERROR', 'The honors subgraph was started without the units and members subgraphs');
  const directory = await units.query<{ units: { id: string; excluded: boolean; teamCount: number }[] }>(caller, UNITS, {}, ctx.requestId);
  const participating = directory.units.filter((u) => !u.excluded);
  const counts = new Map<string, number>();
  if (participating.length > 0) {
    const answer = await members.query<{ _entities: ({ id: string; partyMemberCount: number } | null)[] }>(
      caller, COUNTS, { r: participating.map((u) => ({ __typename: 'Unit', id: u.id })) }, ctx.requestId,
    );
    for (const e of answer._entities) if (e) counts.set(e.id, e.partyMemberCount);
  }
  return directory.units.map((u) => ({ id: u.id, excluded: u.excluded, teamCount: u.teamCount, partyMemberCount: counts.get(u.id) ?? 0 }));
}
