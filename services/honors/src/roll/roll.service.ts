import type { ServiceContext } from '@sfxd/kit';
import { plaqueStatus } from '../plaque/plaque.rules.js';
import { RollRepository } from './roll.repository.js';
import { namedInRollOrder, publicizingInOrder } from './roll.rules.js';
import { HonorRoll, HonorRollEntry, PublicityEntry } from './roll.types.js';

/** Years a campaign can have (the campaign check's range); any other is answered like a year without one. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** 光荣榜: a year's public honor roll, for anyone, from one statement. */
export class RollService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Null for a year without a campaign. */
  async ofYear(year: number): Promise<HonorRoll | null> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
    const { campaign, rows } = await new RollRepository(this.ctx.em).ofYear(year);
    if (!campaign) return null;
    return Object.assign(new HonorRoll(), {
      year: campaign.year,
      campaignName: campaign.name,
      named: namedInRollOrder(rows).map((r) =>
        Object.assign(new HonorRollEntry(), {
          tier: r.tier, name: r.name, unitName: r.unitName, batch: r.batch, namedOn: r.namedOn, status: plaqueStatus(r.status)!, verificationCode: r.verificationCode,
        }),
      ),
      publicizing: publicizingInOrder(rows)
        .filter((r) => r.publicityStartsOn && r.publicityEndsOn)
        .map((r) =>
          Object.assign(new PublicityEntry(), {
            honorId: r.honorId, tier: r.tier, name: r.name, unitName: r.unitName, publicityStartsOn: r.publicityStartsOn!, publicityEndsOn: r.publicityEndsOn!,
          }),
        ),
    });
  }
}
