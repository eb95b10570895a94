import { request } from '../api/client.js';
import { CampaignRounds, DeptFigures, DeptHonors, DeptLedger, DeptLedgerFile, HonorDetail, HonorSummaries, IndustryEvidence, ManagementSignals, UnitEvidence } from '../api/dept.documents.js';
import type { DeptHonorsQuery } from '../api/gql/graphql.js';
import { downloadBase64 } from '../export/file.js';

export type DeptHonor = DeptHonorsQuery['honors']['edges'][number]['node'];

/** A campaign's evaluation rounds in the order they open. */
export async function campaignRounds(campaignId: string) {
  return (await request(CampaignRounds, { campaignId })).evaluationRounds;
}

/** A unit's quota of the campaign and its own summary in a round (no round: a round id that matches none). */
export async function deptFigures(unitId: string, campaignId: string, roundId: string | undefined) {
  return (await request(DeptFigures, { id: unitId, campaignId, roundId: roundId ?? '' })).unit;
}

/** Every candidacy of a unit in a campaign, page after page of 25, with its history and grade in a round. */
export async function deptHonors(unitId: string, campaignId: string, roundId: string | undefined): Promise<DeptHonor[]> {
  const out: DeptHonor[] = [];
  let after: string | null = null;
  for (;;) {
    const page: DeptHonorsQuery['honors'] = (await request(DeptHonors, { unitId, campaignId, roundId: roundId ?? '', after })).honors;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}

/** The unit's line of the campaign's ledger overview (null: the unit takes no part, or the campaign is unknown). */
export async function deptLedger(unitId: string, campaignId: string) {
  const overview = (await request(DeptLedger, { campaignId })).ledgerSubmissions;
  if (!overview) return null;
  return { dueOn: overview.dueOn, line: overview.units.find((u) => u.unit.id === unitId) ?? null };
}

/** 导出台账: asks the gateway for the unit's ledger and saves it. */
export async function saveLedger(unitId: string, campaignId: string): Promise<void> {
  const file = (await request(DeptLedgerFile, { unitId, campaignId })).exportLedger;
  downloadBase64(file.contentBase64, file.filename, file.contentType);
}

export async function honorDetail(id: string, may: { objections: boolean; contact: boolean }) {
  return (await request(HonorDetail, { id, ...may })).honor;
}

/** The honor's own summary in a round and its subject's. */
export async function honorSummaries(id: string, roundId: string | undefined) {
  const honor = (await request(HonorSummaries, { id, roundId: roundId ?? '' })).honor;
  return { honor: honor?.evaluationSummary ?? null, subject: honor?.subject.evaluationSummary ?? null };
}

export async function unitEvidenceOf(unitId: string, campaignId: string) {
  return request(UnitEvidence, { unitId, campaignId });
}

export async function industryEvidenceOf(industryId: string, campaignId: string, roundId: string | undefined) {
  return (await request(IndustryEvidence, { industryId, campaignId, roundId: roundId ?? '' })).industry;
}

export async function managementSignals(campaignId: string) {
  return (await request(ManagementSignals, { campaignId })).evaluationSignals;
}
