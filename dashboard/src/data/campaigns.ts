import { computed } from 'vue';
import { request } from '../api/client.js';
import { Campaigns } from '../api/documents.js';
import type { CampaignsQuery } from '../api/gql/graphql.js';
import { session } from '../auth/session.js';
import { useAsync } from '../composables/useAsync.js';

export type Campaign = CampaignsQuery['campaigns'][number];

/**
 * Every year's campaign, asked once per signed-in session (anonymous readers may not ask): the
 * year selector offers their years, and the views take a year's dates and ratios from here.
 */
export const campaigns = useAsync(() => (session.value ? request(Campaigns, {}).then((d) => d.campaigns) : undefined), [() => session.value?.token]);

/** The campaign years, newest first. */
export const campaignYears = computed(() => (campaigns.data.value ?? []).map((c) => c.year).sort((a, b) => b - a));

export function campaignOf(year: number): Campaign | undefined {
  return campaigns.data.value?.find((c) => c.year === year);
}
