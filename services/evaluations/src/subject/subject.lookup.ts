import { appError, type Caller, type ServiceContext, type SubgraphClient } from '@sfxd/kit';
import type { HonorTier } from '../criteria/criteria.names.js';
import type { SubjectKind } from './subject.stubs.js';
import { LIVE_HONOR_STATUSES, SUBJECT_KIND_OF_TIER, TIER_OF_SUBJECT_KIND, type RoundSubject } from './subject.kind.js';

/*
 * What a subject is, asked of the subgraphs that own it as the caller (so a UNIT_ADMIN finds no
 * other unit's member or team): units for teams, units and industries, members for members,
 * honors for candidacies. This subgraph never reads their tables.
 */

interface Entities<T> {
  _entities: (T | null)[];
}
interface DirectoryUnit {
  id: string;
  name: string;
  excluded: boolean;
  archived: boolean;
  industry: { id: string; name?: string };
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
interface CandidacyNode {
  id: string;
  tier: HonorTier;
  status: string;
  subject?: { __typename: string; id: string };
}

const UNIT_FIELDS = 'id name excluded archived industry { id }';
const UNIT = `query EvaluationsUnit($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id name excluded archived industry { id name } teams { id name archived } } } }`;
const MEMBERS = `query EvaluationsUnitMembers($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Unit {
  members(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } } } } }`;
const UNIT_HONORS = `query EvaluationsUnitHonors($c: ID!, $u: ID!, $after: String) { honors(campaignId: $c, unitId: $u, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id tier status subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } } } } } }`;
const SUBJECT_HONORS = `query EvaluationsSubjectHonors($r: [_Any!]!, $c: ID) { _entities(representations: $r) {
  ... on Member { honors(campaignId: $c) { id tier status } } ... on Team { honors(campaignId: $c) { id tier status } }
  ... on Unit { honors(campaignId: $c) { id tier status } } ... on Industry { honors(campaignId: $c) { id tier status } } } }`;
const DIRECTORY = `query EvaluationsSubject($r: [_Any!]!) { _entities(representations: $r) {
  ... on Team { id archived unit { ${UNIT_FIELDS} } } ... on Unit { ${UNIT_FIELDS} } ... on Industry { id archived } } }`;
const MEMBER = `query EvaluationsMember($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id unit { id } } } }`;
const HONOR = `query EvaluationsCandidacy($r: [_Any!]!) { _entities(representations: $r) { ... on Honor {
  id tier status campaign { id } subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } ... on Industry { id } } } } }`;

const TYPENAME_KIND: Record<string, SubjectKind> = { Member: 'MEMBER', Team: 'TEAM', Unit: 'UNIT', Industry: 'INDUSTRY' };
const KIND_TYPENAME: Record<SubjectKind, string> = { MEMBER: 'Member', TEAM: 'Team', UNIT: 'Unit', INDUSTRY: 'Industry' };

function peer(ctx: ServiceContext, name: 'units' | 'members' | 'honors'): SubgraphClient {
  const client = ctx.peers?.[name];
  if (!client) throw appError('INTERNAL_SERVER_ERROR', `The evaluations subgraph was started without the ${name} subgraph`);
  return client;
}

async function allPages<T>(fetch: (after: string | null) => Promise<Page<T> | null>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> | null = await fetch(after);
    if (!page) return out;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

/** What a round evaluates in one unit, and who may evaluate as its peers. */
export interface UnitSubjects {
  unit: DirectoryUnit;
  /** The unit's members, every one (the peers who may evaluate). */
  members: { id: string; name: string }[];
  /** The subjects of the round's tiers: the unit's members, teams, the unit, its industry; in a mass review only those with a live candidacy. */
  subjects: RoundSubject[];
  /** Each subject's name, as its owner gives it (for printed sheets). */
  names: Map<string, string>;
}

/**
 * A unit's subjects for a round, when ballots are issued for it: the unit, its teams and members
 * (all pages), its live candidacies in the round's campaign and its industry's. Null when the unit
 * is not one the caller can see.
 */
export async function unitSubjects(
  ctx: ServiceContext, caller: Caller, round: { campaignId: string; tiers: readonly HonorTier[]; kind: string }, unitId: string,
): Promise<UnitSubjects | null> {
  const units = peer(ctx, 'units');
  const members = peer(ctx, 'members');
  const honors = peer(ctx, 'honors');
  const ask = <T>(client: SubgraphClient, query: string, variables: Record<string, unknown>) => client.query<T>(caller, query, variables, ctx.requestId);
  const ref = [{ __typename: 'Unit', id: unitId }];
  const [directory, people, candidacies] = await Promise.all([
    ask<Entities<DirectoryUnit & { teams: { id: string; name: string; archived: boolean }[] }>>(units, UNIT, { r: ref }),
    allPages<{ id: string; name: string }>(async (after) => (await ask<Entities<{ members: Page<{ id: string; name: string }> }>>(members, MEMBERS, { r: ref, after }))._entities[0]?.members ?? null),
    allPages<CandidacyNode>(async (after) => (await ask<{ honors: Page<CandidacyNode> }>(honors, UNIT_HONORS, { c: round.campaignId, u: unitId, after })).honors),
  ]);
  const unit = directory._entities[0];
  if (!unit) return null;
  const industryCandidacies = round.tiers.includes('INDUSTRY')
    ? ((await ask<Entities<{ honors: CandidacyNode[] }>>(honors, SUBJECT_HONORS, { r: [{ __typename: 'Industry', id: unit.industry.id }], c: round.campaignId }))._entities[0]?.honors ?? [])
    : [];
  const live = new Map<string, string>();
  for (const c of candidacies) if (c.subject && LIVE_HONOR_STATUSES.includes(c.status)) live.set(c.subject.id, c.id);
  const industryHonor = industryCandidacies.find((c) => c.tier === 'INDUSTRY' && LIVE_HONOR_STATUSES.includes(c.status));
  if (industryHonor) live.set(unit.industry.id, industryHonor.id);

  const ids: Record<HonorTier, string[]> = {
    POST: people.map((m) => m.id),
    TEAM: unit.teams.filter((t) => !t.archived).map((t) => t.id),
    UNIT: [unit.id],
    INDUSTRY: [unit.industry.id],
  };
  const subjects: RoundSubject[] = [];
  for (const tier of round.tiers) {
    for (const subjectId of ids[tier]) {
      const honorId = live.get(subjectId) ?? null;
      if (round.kind === 'MASS_REVIEW' && !honorId) continue;
      subjects.push({ subjectId, kind: SUBJECT_KIND_OF_TIER[tier], tier, unitId: tier === 'INDUSTRY' ? null : unit.id, industryId: unit.industry.id, honorId });
    }
  }
  const names = new Map<string, string>([
    ...people.map((m) => [m.id, m.name] as const), ...unit.teams.map((t) => [t.id, t.name] as const), [unit.id, unit.name], [unit.industry.id, unit.industry.name ?? ''],
  ]);
  return { unit: { id: unit.id, name: unit.name, excluded: unit.excluded, archived: unit.archived, industry: unit.industry }, members: people, subjects, names };
}

/** One subject as its owners show it to the caller, with the subject's unit's standing. */
export interface FoundSubject extends RoundSubject {
  excluded: boolean;
  archived: boolean;
  /** The candidacy id the caller gave, when the id named a candidacy rather than its subject. */
  viaHonor: boolean;
}

/**
 * One subject for a signed-in evaluator (a leader): `id` may name a member, team, unit or industry,
 * or a candidacy (then its subject is evaluated, for that candidacy). Null when it is none of
 * them, or one the caller cannot see. A candidacy of another campaign is refused by the caller.
 */
export async function findSubject(ctx: ServiceContext, caller: Caller, campaignId: string, id: string): Promise<(FoundSubject & { campaignId?: string }) | null> {
  const units = peer(ctx, 'units');
  const members = peer(ctx, 'members');
  const honors = peer(ctx, 'honors');
  const ask = <T>(client: SubgraphClient, query: string, variables: Record<string, unknown>) => client.query<T>(caller, query, variables, ctx.requestId);
  const [directory, people, candidacy] = await Promise.all([
    ask<Entities<any>>(units, DIRECTORY, { r: [{ __typename: 'Team', id }, { __typename: 'Unit', id }, { __typename: 'Industry', id }] }),
    ask<Entities<{ id: string; unit: { id: string } }>>(members, MEMBER, { r: [{ __typename: 'Member', id }] }),
    ask<Entities<CandidacyNode & { campaign: { id: string }; subject: { __typename: string; id: string } }>>(honors, HONOR, { r: [{ __typename: 'Honor', id }] }),
  ]);
  const honor = candidacy._entities[0];
  if (honor) {
    const kind = TYPENAME_KIND[honor.subject.__typename];
    if (!kind) return null;
    const found = await findSubject(ctx, caller, campaignId, honor.subject.id);
    if (!found) return null;
    const live = LIVE_HONOR_STATUSES.includes(honor.status) && honor.campaign.id === campaignId;
    return { ...found, honorId: live ? honor.id : found.honorId, viaHonor: true, campaignId: honor.campaign.id };
  }
  const [team, unit, industry] = directory._entities as [{ archived: boolean; unit: DirectoryUnit | null } | null, DirectoryUnit | null, { id: string; archived: boolean } | null];
  let found: Omit<FoundSubject, 'honorId' | 'viaHonor'> | null = null;
  const ofUnit = (kind: SubjectKind, u: DirectoryUnit, archived = u.archived) => ({
    subjectId: id, kind, tier: TIER_OF_SUBJECT_KIND[kind], unitId: u.id, industryId: u.industry.id, excluded: u.excluded, archived,
  });
  if (team?.unit) found = ofUnit('TEAM', team.unit, team.archived || team.unit.archived);
  else if (unit) found = ofUnit('UNIT', unit);
  else if (industry) found = { subjectId: id, kind: 'INDUSTRY', tier: 'INDUSTRY', unitId: null, industryId: industry.id, excluded: false, archived: industry.archived };
  else {
    const member = people._entities[0];
    if (!member) return null;
    const home = (await ask<Entities<DirectoryUnit>>(units, `query EvaluationsMemberUnit($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { ${UNIT_FIELDS} } } }`, {
      r: [{ __typename: 'Unit', id: member.unit.id }],
    }))._entities[0];
    if (!home) return null;
    found = ofUnit('MEMBER', home);
  }
  const held = (await ask<Entities<{ honors: CandidacyNode[] }>>(honors, SUBJECT_HONORS, { r: [{ __typename: KIND_TYPENAME[found.kind], id }], c: campaignId }))._entities[0]?.honors ?? [];
  const honorId = held.find((c) => c.tier === found.tier && LIVE_HONOR_STATUSES.includes(c.status))?.id ?? null;
  return { ...found, honorId, viaHonor: false };
}
