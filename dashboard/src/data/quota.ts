import { request } from '../api/client.js';
import { CityAttainment, LedgerCounts, QuotaUnits } from '../api/documents.js';
import type { CityAttainmentQuery, LedgerCountsQuery } from '../api/gql/graphql.js';
import { quotaRows, type QuotaRow } from '../model/quota.js';

/** Every participating unit's post and team quota in a campaign (one request, see `QuotaUnits`). */
export async function unitQuotas(campaignId: string): Promise<QuotaRow[]> {
  return quotaRows((await request(QuotaUnits, { campaignId })).units);
}

export type CityQuota = NonNullable<CityAttainmentQuery['quotaAttainment']>;

/**
 * The city-wide attainment of a campaign, as the honors subgraph computes it in one request
 * (`quotaAttainment`): posts and teams declared against their targets over the participating
 * units, units named against the unit ratio, industries named against their range. Null for a
 * campaign the gateway does not know.
 */
export async function cityQuotaAttainment(campaignId: string): Promise<CityQuota | null> {
  return (await request(CityAttainment, { campaignId })).quotaAttainment ?? null;
}

export type LedgerSummary = NonNullable<LedgerCountsQuery['ledgerSubmissions']>;

/** How many participating units submitted their ledger on time, late or not at all (a UNIT_ADMIN: its own). */
export async function ledgerSummary(campaignId: string): Promise<LedgerSummary | null> {
  return (await request(LedgerCounts, { campaignId })).ledgerSubmissions ?? null;
}
