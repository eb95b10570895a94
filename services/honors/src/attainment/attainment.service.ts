import { isUuid, requireCaller, type ServiceContext } from '@sfxd/kit';
import { Campaign } from '../campaign/campaign.entity.js';
import { cityQuota, type CityUnitFacts } from '../quota/quota.rules.js';
import { unitFacts } from './attainment.facts.js';
import { AttainmentRepository, type TierTally } from './attainment.repository.js';
import type { QuotaAttainment } from './attainment.types.js';

/**
 * The city-wide attainment of a campaign's quotas: the units' sizes from their owners, the
 * candidacies counted here, and the rules of `cityQuota` (quota.rules.ts). Two SQL statements
 * (the campaign, the counts) and one request to each of the units and members subgraphs, however
 * many units there are.
 */
export class AttainmentService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Null for an unknown campaign. */
  async cityWide(campaignId: string): Promise<QuotaAttainment | null> {
    const caller = requireCaller(this.ctx.caller);
    if (!isUuid(campaignId)) return null;
    const [campaign, tallies, units] = await Promise.all([
      this.ctx.em.findOne(Campaign, { id: campaignId }),
      new AttainmentRepository(this.ctx.em).tallies(campaignId),
      unitFacts(this.ctx, caller),
    ]);
    if (!campaign) return null;
    const { facts, namedIndustries } = combine(units, tallies);
    return { campaign, ...cityQuota(facts, namedIndustries, campaign) };
  }
}

/** Each unit's facts with its declared posts and teams and whether it is a named 示范单位; the named industries. */
export function combine(
  units: readonly { id: string; excluded: boolean; teamCount: number; partyMemberCount: number }[],
  tallies: readonly TierTally[],
): { facts: CityUnitFacts[]; namedIndustries: number } {
  const byUnit = new Map<string, { posts: number; teams: number; named: boolean }>();
  let namedIndustries = 0;
  for (const t of tallies) {
    if (t.tier === 'INDUSTRY') {
      namedIndustries += t.named;
      continue;
    }
    if (t.unitId === null) continue;
    const entry = byUnit.get(t.unitId) ?? { posts: 0, teams: 0, named: false };
    if (t.tier === 'POST') entry.posts += t.declared;
    if (t.tier === 'TEAM') entry.teams += t.declared;
    if (t.tier === 'UNIT' && t.named > 0) entry.named = true;
    byUnit.set(t.unitId, entry);
  }
  const facts = units.map((u) => {
    const own = byUnit.get(u.id);
    return {
      excluded: u.excluded, partyMembers: u.partyMemberCount, teams: u.teamCount,
      declaredPosts: own?.posts ?? 0, declaredTeams: own?.teams ?? 0, named: own?.named ?? false,
    };
  });
  return { facts, namedIndustries };
}
