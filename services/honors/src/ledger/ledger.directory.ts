import { appError, type Caller, type ServiceContext, type SubgraphClient } from '@sfxd/kit';
import type { FoundSubject } from '../subject/subject.lookup.js';

/*
 * What the ledger needs to know about units, teams, industries and members, asked of the
 * subgraphs that own them (never their tables), as the caller — a UNIT_ADMIN sees no other unit's
 * members or teams — in one request per owner however many rows a ledger has.
 */

/** A participating unit, as the directory lists it. */
export interface ListedUnit {
  id: string;
  code: string;
  name: string;
}

export interface LedgerUnit {
  id: string;
  code: string;
  name: string;
  excluded: boolean;
  archived: boolean;
  industry: { id: string; name: string; archived: boolean };
  /** The unit's teams in use, as far as the caller may see them. */
  teams: { id: string; name: string }[];
}

export interface NamedTeam {
  id: string;
  name: string;
  archived: boolean;
  unit: { id: string };
}

export interface NamedMember {
  id: string;
  name: string;
  unit: { id: string };
}

/** A unit and the teams and members a ledger names, each looked up once. */
export interface LedgerDirectory {
  unit: LedgerUnit | null;
  teams: Map<string, NamedTeam>;
  members: Map<string, NamedMember>;
}

const UNIT_FIELDS = 'id code name excluded archived industry { id name archived } teams { id name }';
const DIRECTORY = `query HonorsLedgerDirectory($r: [_Any!]!) { _entities(representations: $r) {
  __typename ... on Unit { ${UNIT_FIELDS} } ... on Team { id name archived unit { id } }
} }`;
const MEMBERS = 'query HonorsLedgerMembers($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id name unit { id } } } }';
const PARTICIPATING = 'query HonorsLedgerUnits { units(includeExcluded: false) { id code name } }';

function peer(ctx: ServiceContext, name: 'units' | 'members'): SubgraphClient {
  const client = ctx.peers?.[name];
  if (!client) throw appError('INTERNAL_SERVER_ERROR', `The honors subgraph was started without the ${name} subgraph`);
  return client;
}

/** The units taking part in the city's action (not excluded, not archived), by code: one request. */
export async function participatingUnits(ctx: ServiceContext, caller: Caller): Promise<ListedUnit[]> {
  const data = await peer(ctx, 'units').query<{ units: ListedUnit[] }>(caller, PARTICIPATING, {}, ctx.requestId);
  return data.units;
}

/**
 * A unit with its industry and teams, and the teams and members named by id: one request to the
 * units subgraph and, when members are named, one to the members subgraph, side by side.
 */
export async function ledgerDirectory(
  ctx: ServiceContext, caller: Caller, unitId: string, teamIds: readonly string[] = [], memberIds: readonly string[] = [],
): Promise<LedgerDirectory> {
  const teams = [...new Set(teamIds)];
  const members = [...new Set(memberIds)];
  const [directory, people] = await Promise.all([
    peer(ctx, 'units').query<{ _entities: (Record<string, any> | null)[] }>(caller, DIRECTORY, {
      r: [{ __typename: 'Unit', id: unitId }, ...teams.map((id) => ({ __typename: 'Team', id }))],
    }, ctx.requestId),
    members.length
      ? peer(ctx, 'members').query<{ _entities: (NamedMember | null)[] }>(caller, MEMBERS, { r: members.map((id) => ({ __typename: 'Member', id })) }, ctx.requestId)
      : { _entities: [] },
  ]);
  const [unit, ...found] = directory._entities;
  return {
    unit: (unit as LedgerUnit | null) ?? null,
    teams: new Map((found.filter(Boolean) as NamedTeam[]).map((t) => [t.id, t])),
    members: new Map((people._entities.filter(Boolean) as NamedMember[]).map((m) => [m.id, m])),
  };
}

/** A subject of the ledger's unit as declareHonor's rules take it (see subject.lookup.ts). */
export function subjectOfUnit(unit: LedgerUnit, kind: 'MEMBER' | 'TEAM' | 'UNIT', id: string): FoundSubject {
  return { kind, id, unitId: unit.id, industryId: unit.industry.id, excluded: unit.excluded, archived: unit.archived };
}

export function industryOfUnit(unit: LedgerUnit): FoundSubject {
  return { kind: 'INDUSTRY', id: unit.industry.id, unitId: null, industryId: unit.industry.id, excluded: false, archived: unit.industry.archived };
}
