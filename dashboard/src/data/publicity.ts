import { request } from '../api/client.js';
import { PublicityPage } from '../api/documents.js';
import type { PublicityPageQuery } from '../api/gql/graphql.js';
import { publicityWindows, type PublicityWindow } from '../model/campaign.js';

/** Pages of 100 at most before giving up: 50,000 candidacies, far beyond a city's campaign. */
const MAX_PAGES = 500;

/**
 * A campaign's publicity windows (公示), from its candidacies a hundred at a time (a city's
 * year has some 700: seven requests). A UNIT_ADMIN sees its own unit's candidacies, so its own
 * windows.
 */
export async function campaignPublicityWindows(campaignId: string): Promise<PublicityWindow[]> {
  const honors: { publicityStartsOn?: string | null; publicityEndsOn?: string | null; batch?: string | null }[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: PublicityPageQuery = await request(PublicityPage, { campaignId, after });
    const connection = answer.honors;
    honors.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return publicityWindows(honors);
}
