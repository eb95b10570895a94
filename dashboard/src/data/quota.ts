import { request } from '../api/client.js';
import { QuotaUnits } from '../api/documents.js';
import { quotaRows, sumQuotas, type QuotaRow, type QuotaSummary } from '../model/quota.js';

/** Every participating unit's post and team quota in a campaign (one request, see `QuotaUnits`). */
export async function unitQuotas(campaignId: string): Promise<QuotaRow[]> {
  return quotaRows((await request(QuotaUnits, { campaignId })).units);
}

/**
 * The city-wide post and team quotas of a campaign: for now the sum of the units' quotas. When
 * the gateway offers the honors subgraph's `quotaAttainment(campaignId)`, this one function asks
 * it instead (its posts and teams carry the same count, target, ratio, attained and
 * unitsAttaining); nothing else changes.
 */
export async function cityQuotaAttainment(campaignId: string): Promise<QuotaSummary> {
  return sumQuotas(await unitQuotas(campaignId));
}
