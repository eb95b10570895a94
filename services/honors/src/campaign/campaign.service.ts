import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, audit, conflict, loadForUpdate, refuse, requireRole, type ServiceContext } from '@sfxd/kit';
import { FIRST_YEAR, LAST_YEAR } from '../dates.js';
import { checkCampaign } from './campaign.check.js';
import { campaignDefaults, type CampaignSettings } from './campaign.defaults.js';
import { Campaign, campaignColumns } from './campaign.entity.js';
import type { CampaignSettingsInput, CreateCampaignInput, UpdateCampaignInput } from './campaign.input.js';
import { CampaignRepository } from './campaign.repository.js';

/**
 * Campaigns are the committee's (ADMIN): one a year, created with the plan's values for whatever
 * the committee leaves out, and checked as a whole after every change, so that a change is judged
 * with the settings it keeps. Each write is audited in its transaction.
 */
export class CampaignService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): Promise<Campaign[]> {
    return new CampaignRepository(this.ctx.em).all();
  }

  byYear(year: number): Promise<Campaign | null> {
    return new CampaignRepository(this.ctx.em).byYear(year);
  }

  async create(input: CreateCampaignInput): Promise<Campaign> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > LAST_YEAR) {
      refuse([{ field: 'year', message: `年度应为${FIRST_YEAR}–${LAST_YEAR}之间的整数 (year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR})` }]);
    }
    const settings = merged(campaignDefaults(input.year), input);
    refuse(checkCampaign(settings));
    return oneCampaignAYear(input.year, () =>
      this.ctx.em.transactional(async (em) => {
        if (await new CampaignRepository(em).byYear(input.year)) throw yearTaken(input.year);
        const campaign = em.create(Campaign, campaignColumns(settings));
        audit(em, caller, { operation: 'createCampaign', entityType: 'Campaign', entityId: campaign.id, detail: { ...settings } });
        return campaign;
      }),
    );
  }

  update(input: UpdateCampaignInput): Promise<Campaign> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    return this.ctx.em.transactional(async (em: EntityManager) => {
      const campaign = await loadForUpdate(em, Campaign, 'Campaign', input.id, input.expectedVersion);
      const before = campaign.settings();
      const after = merged(before, input);
      refuse(checkCampaign(after));
      const changed = (Object.keys(after) as (keyof CampaignSettings)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (changed.length === 0) return campaign;
      Object.assign(campaign, campaignColumns(after));
      audit(em, caller, {
        operation: 'updateCampaign', entityType: 'Campaign', entityId: campaign.id,
        detail: { changed, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
      });
      return campaign;
    });
  }
}

/** The settings with what the input gives; names are trimmed, nulls keep the value. */
function merged(base: CampaignSettings, input: CampaignSettingsInput): CampaignSettings {
  return {
    ...base,
    name: input.name?.trim() ?? base.name,
    phases: input.phases?.map((p) => ({ name: p.name.trim(), startsOn: p.startsOn, endsOn: p.endsOn })) ?? base.phases,
    ledgerDueOn: input.ledgerDueOn ?? base.ledgerDueOn,
    firstBatchBy: input.firstBatchBy ?? base.firstBatchBy,
    postRatio: input.postRatio ?? base.postRatio,
    teamRatio: input.teamRatio ?? base.teamRatio,
    unitRatio: input.unitRatio ?? base.unitRatio,
    industryMin: input.industryMin ?? base.industryMin,
    industryMax: input.industryMax ?? base.industryMax,
    weights: input.weights ? { masses: input.weights.masses, peers: input.weights.peers, leaders: input.weights.leaders } : base.weights,
    publicityWorkingDays: input.publicityWorkingDays ?? base.publicityWorkingDays,
  };
}

const yearTaken = (year: number) => conflict(`${year}年度已有示范行动 (there is already a campaign for ${year})`, { field: 'year' });

/** Two creations of one year racing past the check: the unique index refuses the second. */
async function oneCampaignAYear<T>(year: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw yearTaken(year);
    throw error;
  }
}
