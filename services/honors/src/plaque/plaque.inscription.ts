import { appError, type Caller, type ServiceContext } from '@sfxd/kit';
import type { SubjectKind } from '../honor/honor.tier.js';

/** What is engraved on a plaque besides the tier, year and batch: whose it is, and of which unit. */
export interface Inscription {
  name: string;
  /** Null for an industry (示范行业), which belongs to no unit. */
  unitName: string | null;
}

const DIRECTORY = `query HonorsInscription($r: [_Any!]!) { _entities(representations: $r) {
  ... on Team { name } ... on Unit { name } ... on Industry { name }
} }`;
const MEMBER = `query HonorsInscriptionMember($r: [_Any!]!) { _entities(representations: $r) { ... on Member { name } } }`;
const TYPENAME: Record<SubjectKind, string> = { MEMBER: 'Member', TEAM: 'Team', UNIT: 'Unit', INDUSTRY: 'Industry' };

/**
 * The names to engrave when an honor is named, asked of the subgraphs that own them (no SQL
 * across schemas), as the committee member naming it — one question to the units subgraph (the
 * subject if it is a team, unit or industry, and the subject's unit) and, for a post, one to the
 * members subgraph, both at once. Kept with the honor, the public record of the plaque answers
 * anonymous callers from the honors schema alone: no anonymous request makes this subgraph ask
 * another with anyone's rights, and a later renaming does not change what the plaque says.
 * NOT_FOUND when an owner no longer knows the subject.
 */
export async function inscriptionOf(
  ctx: ServiceContext, caller: Caller, honor: { id: string; subjectKind: SubjectKind; subjectId: string; unitId: string | null },
): Promise<Inscription> {
  const units = ctx.peers?.units;
  const members = ctx.peers?.members;
  if (!units || !members) throw appError('INTERNAL_SERVER_ERROR', 'The honors subgraph was started without the units and members subgraphs');
  // The subject if the units subgraph owns it, then the subject's unit (a unit is its own).
  const representations: { __typename: string; id: string }[] = [];
  if (honor.subjectKind !== 'MEMBER') representations.push({ __typename: TYPENAME[honor.subjectKind], id: honor.subjectId });
  const askUnit = honor.unitId != null && honor.subjectKind !== 'UNIT';
  if (askUnit) representations.push({ __typename: 'Unit', id: honor.unitId! });
  type Names = { _entities: ({ name?: string } | null)[] };
  const [directory, people] = await Promise.all([
    units.query<Names>(caller, DIRECTORY, { r: representations }, ctx.requestId),
    honor.subjectKind === 'MEMBER' ? members.query<Names>(caller, MEMBER, { r: [{ __typename: 'Member', id: honor.subjectId }] }, ctx.requestId) : null,
  ]);
  const name = (people ? people._entities[0] : directory._entities[0])?.name;
  const unitName = honor.subjectKind === 'UNIT' ? name : askUnit ? directory._entities[representations.length - 1]?.name : null;
  if (!name || (honor.unitId && !unitName)) {
    throw appError('NOT_FOUND', '命名对象或其所在单位已不在名录中，无法制作牌匾 (the subject or its unit is no longer on record with its owner: nothing to engrave)', {
      id: honor.id, field: 'honorId',
    });
  }
  return { name, unitName: unitName ?? null };
}
