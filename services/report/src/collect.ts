import type { Gateway } from './api/client.js';
import {
  ReportActivityBatch,
  ReportCampaign,
  ReportEvaluations,
  ReportHistogram,
  ReportHonorCounts,
  ReportHonorsPage,
  ReportLedgers,
  ReportManagementActions,
  ReportMemberActivities,
  ReportQuotaAttainment,
  ReportQuotaUnits,
  ReportRectifications,
  ReportTeamMembers,
  ReportUnitQuota,
  ReportUnits,
} from './api/documents.js';
import type {
  ReportActivityBatchQuery,
  ReportCampaignQuery,
  ReportEvaluationsQuery,
  ReportHistogramQuery,
  ReportHonorCountsQuery,
  ReportHonorsPageQuery,
  ReportLedgersQuery,
  ReportManagementActionsQuery,
  ReportMemberActivitiesQuery,
  ReportQuotaAttainmentQuery,
  ReportQuotaUnitsQuery,
  ReportRectificationsQuery,
  ReportUnitsQuery,
} from './api/gql/graphql.js';
import { ReportError } from './errors.js';
import { pickExamples } from './model/figures.js';

export type Campaign = NonNullable<ReportCampaignQuery['campaignByYear']>;
export type UnitRow = ReportUnitsQuery['units'][number];
export type ActivityTotal = NonNullable<ReportActivityBatchQuery['u0']>['activityTotals'][number];
export type UnitQuota = NonNullable<ReportQuotaUnitsQuery['units'][number]['quota']>;
export type Attainment = NonNullable<ReportQuotaAttainmentQuery['quotaAttainment']>;
export type HonorCount = ReportHonorCountsQuery['honorCounts'][number];
export type HonorNode = ReportHonorsPageQuery['honors']['edges'][number]['node'];
export type ActionCount = ReportManagementActionsQuery['managementActions'][number];
export type Rectification = ReportRectificationsQuery['rectifications'][number];
export type Ledgers = NonNullable<ReportLedgersQuery['ledgerSubmissions']>;
export type Activity = NonNullable<ReportMemberActivitiesQuery['m0']>['activities'][number];
export type EvaluationRound = ReportEvaluationsQuery['evaluationRounds'][number];
export type Trend = ReportEvaluationsQuery['evaluationTrend'];
export type KindHistogram = ReportHistogramQuery['evaluationHistogram'][number];

/** 评议: the campaign's rounds, the trend (per round, per year), the grading round's scores per evaluator kind. */
export interface Evaluations {
  rounds: EvaluationRound[];
  trend: Trend;
  /** The round honors are graded by: the year-end assessment, else the last round. */
  gradeRound: EvaluationRound | null;
  /** The grading round's scores per evaluator kind, in bands. */
  histogram: KindHistogram[];
}

/** Whose report: the city's (every participating unit), or one unit's. */
export type Scope = { kind: 'city' } | { kind: 'unit'; unit: UnitRow };

/** What a typical example did in the year: a post's own activities, a team's members'. */
export interface ExampleActivities {
  honorId: string;
  members: number;
  activities: Activity[];
}

/**
 * Everything the report says, as the gateway answered it. The report's text, tables and charts
 * are computed from this alone (model/), so a test can recompute any figure from the same answers.
 */
export interface ReportData {
  year: number;
  /** The day the report takes things as of: the year's last day, or today if the year is not over (Beijing). */
  asOf: string;
  campaign: Campaign;
  scope: Scope;
  /** Every unit in use (excluded ones flagged), by code. */
  units: UnitRow[];
  /** Activity totals of the year per unit id (the scope's units). */
  activity: Map<string, ActivityTotal[]>;
  /** Post and team quota per participating unit id (the scope's units); an excluded unit has none. */
  quotas: Map<string, UnitQuota>;
  /** The city-wide attainment (the city's report only). */
  attainment: Attainment | null;
  honorCounts: HonorCount[];
  /** The scope's candidacies and honors with their histories. */
  honors: HonorNode[];
  actions: ActionCount[];
  rectifications: Rectification[];
  ledgers: Ledgers | null;
  examples: ExampleActivities[];
  /** Null when the campaign has no evaluation round. */
  evaluations: Evaluations | null;
}

export interface CollectRequest {
  year: number;
  /** A unit's code (e.g. U001) or id; the city when left out. */
  unit?: string;
  /** Today in Beijing (YYYY-MM-DD); the clock when left out. */
  today?: string;
  /** Called once the scope is known, before anything else is asked: throws to refuse the report. */
  authorize?: (unit: UnitRow | undefined) => void;
}

export type Progress = (step: string) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HONORS_PAGE = 70;

/** Today's date in Beijing (the platform's business day). */
export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Ten ids per request, the last one repeated to fill the places. */
function tens(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += 10) {
    const chunk = ids.slice(i, i + 10);
    while (chunk.length < 10) chunk.push(chunk[chunk.length - 1]!);
    out.push(chunk);
  }
  return out;
}

/** Asks the gateway everything a year's report needs, as the caller's token allows. */
export async function collectReportData(gateway: Gateway, request: CollectRequest, progress: Progress = () => {}): Promise<ReportData> {
  const { year } = request;
  progress('campaign');
  const { campaignByYear: campaign } = await gateway.ask(ReportCampaign, { year });
  if (!campaign) throw new ReportError('NOT_FOUND', `${year}年度没有开展示范行动 (no campaign for ${year})`);
  const today = request.today ?? beijingToday();
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;

  const { units: allUnits } = await gateway.ask(ReportUnits, {});
  const units = [...allUnits].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  let scope: Scope = { kind: 'city' };
  if (request.unit) {
    const wanted = request.unit.trim();
    const unit = UUID.test(wanted) ? units.find((u) => u.id === wanted.toLowerCase()) : units.find((u) => u.code.toLowerCase() === wanted.toLowerCase());
    if (!unit) throw new ReportError('NOT_FOUND', `没有代码为 ${wanted} 的单位 (no unit ${wanted})`);
    scope = { kind: 'unit', unit };
  }
  request.authorize?.(scope.kind === 'unit' ? scope.unit : undefined);
  const unitId = scope.kind === 'unit' ? scope.unit.id : undefined;
  const campaignId = campaign.id;

  // A unit's records of individuals are the unit's: the gateway refuses another unit's rectifications
  // to a UNIT_ADMIN (FORBIDDEN), so they are asked first, before anything long.
  progress('management');
  const { rectifications } = await gateway.ask(ReportRectifications, { campaignId, unitId: unitId ?? null, asOf });
  const { managementActions: actions } = await gateway.ask(ReportManagementActions, { campaignId, unitId: unitId ?? null });

  progress('quota');
  let attainment: Attainment | null = null;
  const quotas = new Map<string, UnitQuota>();
  if (scope.kind === 'city') {
    attainment = (await gateway.ask(ReportQuotaAttainment, { campaignId })).quotaAttainment;
    for (const u of (await gateway.ask(ReportQuotaUnits, { campaignId })).units) if (u.quota) quotas.set(u.id, u.quota);
  } else {
    const { unit } = await gateway.ask(ReportUnitQuota, { id: scope.unit.id, campaignId });
    if (unit?.quota) quotas.set(unit.id, unit.quota);
  }

  progress('activities');
  const activity = new Map<string, ActivityTotal[]>();
  const activityUnits = scope.kind === 'unit' ? [scope.unit.id] : units.filter((u) => !u.excluded).map((u) => u.id);
  for (const ids of tens(activityUnits)) {
    const answer = await gateway.ask(ReportActivityBatch, {
      year, u0: ids[0]!, u1: ids[1]!, u2: ids[2]!, u3: ids[3]!, u4: ids[4]!, u5: ids[5]!, u6: ids[6]!, u7: ids[7]!, u8: ids[8]!, u9: ids[9]!,
    });
    for (const u of Object.values(answer)) if (u) activity.set(u.id, u.activityTotals);
  }

  progress('evaluations');
  let evaluations: Evaluations | null = null;
  const answer = await gateway.ask(ReportEvaluations, { campaignId, unitId: unitId ?? null });
  if (answer.evaluationRounds.length > 0) {
    const rounds = answer.evaluationRounds;
    const gradeRound = [...rounds].reverse().find((r) => r.kind === 'YEAR_END_ASSESSMENT') ?? rounds[rounds.length - 1] ?? null;
    const histogram = gradeRound ? (await gateway.ask(ReportHistogram, { roundId: gradeRound.id, unitId: unitId ?? null })).evaluationHistogram : [];
    evaluations = { rounds, trend: answer.evaluationTrend, gradeRound, histogram };
  }

  progress('honors');
  const { honorCounts } = await gateway.ask(ReportHonorCounts, { campaignId, unitId: unitId ?? null });
  const honors: HonorNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ReportHonorsPageQuery = await gateway.ask(ReportHonorsPage, {
      campaignId, unitId: unitId ?? null, first: HONORS_PAGE, after, roundId: evaluations?.gradeRound?.id ?? '', grades: Boolean(evaluations?.gradeRound),
    });
    honors.push(...page.honors.edges.map((e) => e.node));
    progress(`honors ${honors.length}/${page.honors.totalCount}`);
    if (!page.honors.pageInfo.hasNextPage || !page.honors.pageInfo.endCursor) break;
    after = page.honors.pageInfo.endCursor;
  }

  progress('ledgers');
  const ledgers = (await gateway.ask(ReportLedgers, { campaignId })).ledgerSubmissions;

  progress('examples');
  const examples = await exampleActivities(gateway, year, pickExamples(honors, year));

  return { year, asOf, campaign, scope, units, activity, quotas, attainment, honorCounts, honors, actions, rectifications, ledgers, examples, evaluations };
}

/** The activities of the year of each example: a post's member's own; a team's, its members'. */
async function exampleActivities(gateway: Gateway, year: number, examples: HonorNode[]): Promise<ExampleActivities[]> {
  const membersOf = new Map<string, string[]>();
  for (const honor of examples) {
    if (honor.subject.__typename === 'Member') membersOf.set(honor.id, [honor.subject.id]);
    if (honor.subject.__typename === 'Team') {
      const { team } = await gateway.ask(ReportTeamMembers, { id: honor.subject.id });
      membersOf.set(honor.id, team?.members.edges.map((e) => e.node.id) ?? []);
    }
  }
  const memberIds = [...new Set([...membersOf.values()].flat())];
  const activities = new Map<string, Activity[]>();
  for (const ids of tens(memberIds)) {
    const answer = await gateway.ask(ReportMemberActivities, {
      year, m0: ids[0]!, m1: ids[1]!, m2: ids[2]!, m3: ids[3]!, m4: ids[4]!, m5: ids[5]!, m6: ids[6]!, m7: ids[7]!, m8: ids[8]!, m9: ids[9]!,
    });
    for (const m of Object.values(answer)) if (m) activities.set(m.id, m.activities);
  }
  return examples.map((honor) => {
    const members = membersOf.get(honor.id) ?? [];
    return { honorId: honor.id, members: members.length, activities: members.flatMap((id) => activities.get(id) ?? []) };
  });
}
