/** 示范岗 (a member), 示范团队 (a team), 示范单位 (a unit), 示范行业 (an industry). */
export const HONOR_TIERS = ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const;
export type HonorTier = (typeof HONOR_TIERS)[number];
