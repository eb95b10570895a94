/** 示范岗 (a member), 示范团队 (a team), 示范单位 (a unit), 示范行业 (an industry). */
export const HONOR_TIERS = ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const;
export type HonorTier = (typeof HONOR_TIERS)[number];

/** The kind of entity each tier honors, owned by the units subgraph or (a member) the members subgraph. */
export const SUBJECT_KIND = Object.freeze({ POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' } as const satisfies Record<HonorTier, string>);
export type SubjectKind = (typeof SUBJECT_KIND)[HonorTier];
