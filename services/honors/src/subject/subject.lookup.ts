import { appError, type Caller, type ServiceContext } from '@sfxd/kit';
import type { SubjectKind } from '../honor/honor.tier.js';

/** A subject as its owning subgraph shows it to the caller. */
export interface FoundSubject {
  kind: SubjectKind;
  id: string;
  /** Null for an industry. */
  unitId: string | null;
  industryId: string;
  /** The subject's unit is outside the city's action (政法, 教育, 卫计, state-owned enterprises). */
  excluded: boolean;
  archived: boolean;
}

interface DirectoryUnit {
  id: string;
  excluded: boolean;
  archived: boolean;
  industry: { id: string };
}

const UNIT_FIELDS = 'id excluded archived industry { id }';
const DIRECTORY = `query HonorsSubject($r: [_Any!]!) { _entities(representations: $r) {
  __typename ... on Team { id unit { ${UNIT_FIELDS} } } ... on Unit { ${UNIT_FIELDS} } ... on Industry { id archived }
} }`;
const MEMBER = `query HonorsMember($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id unit { id } } } }`;

/**
 * What the subject of a declaration is, asked of the subgraphs that own it (no SQL across
 * schemas): the id is looked up as each of the four kinds at once, as the caller — so a
 * UNIT_ADMIN finds no other unit's member or team — and null when it is none of them.
 */
export async function lookUpSubject(ctx: ServiceContext, caller: Caller, id: string): Promise<FoundSubject | null> {
  const units = ctx.peers?.units;
  const members = ctx.peers?.members;
  if (!units || !members) throw appError('INTERNAL_SERVER_ERROR', 'The honors subgraph was started without the units and members subgraphs');
  const [directory, people] = await Promise.all([
    units.query<{ _entities: (Record<string, any> | null)[] }>(caller, DIRECTORY, {
      r: [{ __typename: 'Team', id }, { __typename: 'Unit', id }, { __typename: 'Industry', id }],
    }, ctx.requestId),
    members.query<{ _entities: ({ id: string; unit: { id: string } } | null)[] }>(caller, MEMBER, { r: [{ __typename: 'Member', id }] }, ctx.requestId),
  ]);
  const [team, unit, industry] = directory._entities as [{ unit: DirectoryUnit | null } | null, DirectoryUnit | null, { id: string; archived: boolean } | null];
  const ofUnit = (kind: SubjectKind, u: DirectoryUnit): FoundSubject => ({
    kind, id, unitId: u.id, industryId: u.industry.id, excluded: u.excluded, archived: u.archived,
  });
  if (team?.unit) return ofUnit('TEAM', team.unit);
  if (unit) return ofUnit('UNIT', unit);
  if (industry) return { kind: 'INDUSTRY', id, unitId: null, industryId: industry.id, excluded: false, archived: industry.archived };
  const member = people._entities[0];
  if (!member) return null;
  const found = await units.query<{ _entities: (DirectoryUnit | null)[] }>(caller, `query HonorsMemberUnit($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { ${UNIT_FIELDS} } } }`, {
    r: [{ __typename: 'Unit', id: member.unit.id }],
  }, ctx.requestId);
  const memberUnit = found._entities[0];
  return memberUnit ? ofUnit('MEMBER', memberUnit) : null;
}
