import { request } from '../api/client.js';
import { CampaignHonorDates } from '../api/documents.js';
import type { CampaignHonorDatesQuery } from '../api/gql/graphql.js';
import { publicityWindows, type NamedDate, type PublicityWindow } from '../model/campaign.js';

/** Pages of 100 at most before giving up: 50,000 candidacies, far beyond a city's campaign. */
const MAX_PAGES = 500;

export interface CampaignHonorDates {
  /** The publicity windows (公示) the candidacies went through. */
  windows: PublicityWindow[];
  /** Every candidacy ever named: its naming day and batch (whatever became of it since). */
  named: NamedDate[];
}

/**
 * A campaign's publicity windows (公示) and naming days, from its candidacies a hundred at a
 * time (a city's year has some 700: seven requests). A UNIT_ADMIN sees its own unit's
 * candidacies, so its own windows.
 */
export async function campaignHonorDates(campaignId: string): Promise<CampaignHonorDates> {
  const honors: CampaignHonorDatesQuery['honors']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: CampaignHonorDatesQuery = await request(CampaignHonorDates, { campaignId, after });
    const connection = answer.honors;
    honors.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return {
    windows: publicityWindows(honors),
    named: honors.filter((h) => h.namedOn).map((h) => ({ namedOn: h.namedOn!, batch: h.batch ?? null })),
  };
}
