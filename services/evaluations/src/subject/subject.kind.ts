import type { HonorTier } from '../criteria/criteria.names.js';
import type { SubjectKind } from './subject.stubs.js';

/** The kind of record each tier evaluates: a member for a post, else a team, unit or industry. */
export const SUBJECT_KIND_OF_TIER = Object.freeze({ POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' } as const satisfies Record<HonorTier, SubjectKind>);
export const TIER_OF_SUBJECT_KIND = Object.freeze({ MEMBER: 'POST', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' } as const satisfies Record<SubjectKind, HonorTier>);

/**
 * A live candidacy (DESIGN.md §2, "declared"): from declaration on, unless rejected, withdrawn or
 * revoked. The honors subgraph owns the statuses; this is the list of those that still count.
 */
export const LIVE_HONOR_STATUSES: readonly string[] = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING'];

/**
 * A subject as this subgraph keeps it for a round: what it is, its unit and industry and its live
 * candidacy of the round's campaign, as the owning subgraphs told them once (no SQL across schemas).
 */
export interface RoundSubject {
  subjectId: string;
  kind: SubjectKind;
  tier: HonorTier;
  /** Null for an industry. */
  unitId: string | null;
  industryId: string;
  /** The subject's live candidacy in the round's campaign, if any (a mass review evaluates that). */
  honorId: string | null;
}
