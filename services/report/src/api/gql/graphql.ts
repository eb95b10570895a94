/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 示范活动类型 */
export type ActivityType =
  /** 走基层 */
  | 'GRASSROOTS_VISIT'
  /** 岗位竞赛 */
  | 'POST_COMPETITION'
  /** 精准扶贫结对帮扶 */
  | 'POVERTY_PAIRING'
  /** 亮承诺 */
  | 'PUBLIC_COMMITMENT'
  /** 技能比武 */
  | 'SKILL_CONTEST'
  /** 双报到志愿服务 */
  | 'VOLUNTEER_SERVICE';

/** 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 差 below, of the published weighted score */
export type EvaluationGrade =
  /** 优秀 Excellent */
  | 'EXCELLENT'
  /** 一般 Fair */
  | 'FAIR'
  /** 良好 Good */
  | 'GOOD'
  /** 差 Poor */
  | 'POOR';

/** What an evaluation round is for */
export type EvaluationRoundKind =
  /** 群众评议 Mass review of candidacies */
  | 'MASS_REVIEW'
  /** 年中评议 Mid-year review */
  | 'MID_YEAR_REVIEW'
  /** 年终考核 Year-end assessment */
  | 'YEAR_END_ASSESSMENT';

/** SCHEDULED before opensOn; OPEN from opensOn to closesOn (Beijing dates) unless closed; CLOSED after closesOn or once closed */
export type EvaluationRoundStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'SCHEDULED';

/** 三评: who evaluates */
export type EvaluatorKind =
  /** 领导点评 Review by leaders */
  | 'LEADERS'
  /** 群众评议 Review by the masses */
  | 'MASSES'
  /** 党员互评 Review by fellow Party members */
  | 'PEERS';

/** A step of the naming procedure or of the dynamic management of a named honor */
export type HonorAction =
  | 'COMMEND'
  | 'CONFIRM'
  | 'FAIL_RECTIFICATION'
  | 'NAME'
  | 'ORDER_RECTIFICATION'
  | 'PASS_RECTIFICATION'
  | 'PUBLICIZE'
  | 'REJECT'
  | 'REVOKE'
  | 'START_MASS_REVIEW'
  | 'WITHDRAW';

/** 申报 DECLARED → 群众评议 MASS_REVIEW → 公示 PUBLICIZING → 组织确定 CONFIRMED → 命名授牌 NAMED (限期整改 RECTIFYING, 取消命名 REVOKED); REJECTED and WITHDRAWN end a candidacy */
export type HonorStatus =
  | 'CONFIRMED'
  | 'DECLARED'
  | 'MASS_REVIEW'
  | 'NAMED'
  | 'PUBLICIZING'
  | 'RECTIFYING'
  | 'REJECTED'
  | 'REVOKED'
  | 'WITHDRAWN';

/** 示范岗 POST (a member), 示范团队 TEAM, 示范单位 UNIT, 示范行业 INDUSTRY */
export type HonorTier =
  /** 共产党员示范行业 Demonstration industry */
  | 'INDUSTRY'
  /** 共产党员示范岗 Demonstration post */
  | 'POST'
  /** 共产党员示范团队 Demonstration team */
  | 'TEAM'
  /** 共产党员示范单位 Demonstration unit */
  | 'UNIT';

/** 按时 ON_TIME: first submitted on or before the campaign’s ledgerDueOn (Beijing dates); 逾期 LATE: after it; 未报送 MISSING: not submitted */
export type LedgerStatus =
  | 'LATE'
  | 'MISSING'
  | 'ON_TIME';

/** 整改结果: OPEN (no result yet), PASSED (PASS_RECTIFICATION), FAILED (FAIL_RECTIFICATION, or the name revoked while rectifying) */
export type RectificationOutcome =
  | 'FAILED'
  | 'OPEN'
  | 'PASSED';

export type ReportCampaignQueryVariables = Exact<{
  year: number;
}>;


export type ReportCampaignQuery = { campaignByYear: { id: string, year: number, name: string, ledgerDueOn: string, firstBatchBy: string, postRatio: number, teamRatio: number, unitRatio: number, industryMin: number, industryMax: number, publicityWorkingDays: number, phases: Array<{ name: string, startsOn: string, endsOn: string }> } | null };

export type ReportUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, teamCount: number, partyMemberCount: number, industry: { id: string, code: string, name: string } }> };

export type ReportActivityBatchQueryVariables = Exact<{
  year: number;
  u0: string;
  u1: string;
  u2: string;
  u3: string;
  u4: string;
  u5: string;
  u6: string;
  u7: string;
  u8: string;
  u9: string;
}>;


export type ReportActivityBatchQuery = { u0: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u1: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u2: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u3: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u4: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u5: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u6: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u7: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u8: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null, u9: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null };

export type ReportUnitActivityFragment = { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> };

export type ReportQuotaUnitsQueryVariables = Exact<{
  campaignId: string;
}>;


export type ReportQuotaUnitsQuery = { units: Array<{ id: string, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null }> };

export type ReportUnitQuotaQueryVariables = Exact<{
  id: string;
  campaignId: string;
}>;


export type ReportUnitQuotaQuery = { unit: { id: string, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null } | null };

export type ReportQuotaAttainmentQueryVariables = Exact<{
  campaignId: string;
}>;


export type ReportQuotaAttainmentQuery = { quotaAttainment: { participatingUnits: number, posts: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, teams: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, units: { count: number, target: number, ratio: number, attained: boolean }, industries: { count: number, target: number, ratio: number, attained: boolean, min: number, max: number } } | null };

export type ReportHonorCountsQueryVariables = Exact<{
  campaignId: string;
  unitId?: string | null | undefined;
}>;


export type ReportHonorCountsQuery = { honorCounts: Array<{ unitId: string | null, tier: HonorTier, status: HonorStatus, count: number }> };

export type ReportHonorsPageQueryVariables = Exact<{
  campaignId: string;
  unitId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  roundId: string;
  grades: boolean;
}>;


export type ReportHonorsPageQuery = { honors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: HonorTier, status: HonorStatus, declaredOn: string, publicityStartsOn: string | null, publicityEndsOn: string | null, namedOn: string | null, batch: string | null, plaqueNumber: string | null, rectificationDeadline: string | null, overdue: boolean, unit: { id: string } | null, industry: { id: string, name: string }, subject:
          | { __typename: 'Industry', id: string, name: string, evaluationSummary?: { count: number, weightedScore: number | null, grade: EvaluationGrade | null } | null }
          | { __typename: 'Member', id: string, name: string, position: string, team: { id: string, name: string } | null, evaluationSummary?: { count: number, weightedScore: number | null, grade: EvaluationGrade | null } | null }
          | { __typename: 'Team', id: string, name: string, evaluationSummary?: { count: number, weightedScore: number | null, grade: EvaluationGrade | null } | null }
          | { __typename: 'Unit', id: string, name: string, evaluationSummary?: { count: number, weightedScore: number | null, grade: EvaluationGrade | null } | null }
        , events: Array<{ action: HonorAction, at: string }> } }> } };

export type ReportGradeFragment = { count: number, weightedScore: number | null, grade: EvaluationGrade | null };

export type ReportEvaluationsQueryVariables = Exact<{
  campaignId: string;
  unitId?: string | null | undefined;
}>;


export type ReportEvaluationsQuery = { evaluationRounds: Array<{ id: string, name: string, kind: EvaluationRoundKind, opensOn: string, closesOn: string, status: EvaluationRoundStatus, tiers: Array<HonorTier> }>, evaluationTrend: { byRound: Array<{ count: number, weightedScore: number | null, grade: EvaluationGrade | null, massesCount: number, satisfactionRate: number | null, round: { id: string } | null }>, byYear: Array<{ year: number | null, count: number, weightedScore: number | null, grade: EvaluationGrade | null, massesCount: number, satisfactionRate: number | null }> } };

export type ReportHistogramQueryVariables = Exact<{
  roundId: string;
  unitId?: string | null | undefined;
}>;


export type ReportHistogramQuery = { evaluationHistogram: Array<{ kind: EvaluatorKind, total: number, buckets: Array<{ from: number, to: number, label: string, count: number }> }> };

export type ReportManagementActionsQueryVariables = Exact<{
  campaignId: string;
  unitId?: string | null | undefined;
}>;


export type ReportManagementActionsQuery = { managementActions: Array<{ action: HonorAction, unitId: string | null, month: string, count: number }> };

export type ReportRectificationsQueryVariables = Exact<{
  campaignId: string;
  unitId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReportRectificationsQuery = { rectifications: Array<{ honorId: string, unitId: string | null, tier: HonorTier, reason: string, orderedOn: string, deadline: string, outcome: RectificationOutcome, closedBy: HonorAction | null, closedOn: string | null, overdue: boolean }> };

export type ReportLedgersQueryVariables = Exact<{
  campaignId: string;
}>;


export type ReportLedgersQuery = { ledgerSubmissions: { dueOn: string, participatingCount: number, onTimeCount: number, lateCount: number, missingCount: number, units: Array<{ status: LedgerStatus, submissionCount: number, unit: { id: string }, latest: { submittedOn: string, submittedAt: string, submittedBy: string, contents: { posts: number, teams: number, units: number, named: number } | null } | null, history: Array<{ submittedOn: string }> }> } | null };

export type ReportMemberActivitiesQueryVariables = Exact<{
  year: number;
  m0: string;
  m1: string;
  m2: string;
  m3: string;
  m4: string;
  m5: string;
  m6: string;
  m7: string;
  m8: string;
  m9: string;
}>;


export type ReportMemberActivitiesQuery = { m0: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m1: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m2: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m3: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m4: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m5: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m6: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m7: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m8: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null, m9: { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> } | null };

export type ReportMemberActivityFragment = { id: string, activities: Array<{ type: ActivityType, date: string, hours: number, title: string }> };

export type ReportTeamMembersQueryVariables = Exact<{
  id: string;
}>;


export type ReportTeamMembersQuery = { team: { id: string, memberCount: number, members: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReportUnitActivityFragmentDoc = new TypedDocumentString(`
    fragment ReportUnitActivity on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
    members
  }
}
    `, {"fragmentName":"ReportUnitActivity"}) as unknown as TypedDocumentString<ReportUnitActivityFragment, unknown>;
export const ReportGradeFragmentDoc = new TypedDocumentString(`
    fragment ReportGrade on EvaluationSummary {
  count
  weightedScore
  grade
}
    `, {"fragmentName":"ReportGrade"}) as unknown as TypedDocumentString<ReportGradeFragment, unknown>;
export const ReportMemberActivityFragmentDoc = new TypedDocumentString(`
    fragment ReportMemberActivity on Member {
  id
  activities(year: $year) {
    type
    date
    hours
    title
  }
}
    `, {"fragmentName":"ReportMemberActivity"}) as unknown as TypedDocumentString<ReportMemberActivityFragment, unknown>;
export const ReportCampaignDocument = new TypedDocumentString(`
    query ReportCampaign($year: Int!) {
  campaignByYear(year: $year) {
    id
    year
    name
    phases {
      name
      startsOn
      endsOn
    }
    ledgerDueOn
    firstBatchBy
    postRatio
    teamRatio
    unitRatio
    industryMin
    industryMax
    publicityWorkingDays
  }
}
    `) as unknown as TypedDocumentString<ReportCampaignQuery, ReportCampaignQueryVariables>;
export const ReportUnitsDocument = new TypedDocumentString(`
    query ReportUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    teamCount
    partyMemberCount
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReportUnitsQuery, ReportUnitsQueryVariables>;
export const ReportActivityBatchDocument = new TypedDocumentString(`
    query ReportActivityBatch($year: Int!, $u0: ID!, $u1: ID!, $u2: ID!, $u3: ID!, $u4: ID!, $u5: ID!, $u6: ID!, $u7: ID!, $u8: ID!, $u9: ID!) {
  u0: unit(id: $u0) {
    ...ReportUnitActivity
  }
  u1: unit(id: $u1) {
    ...ReportUnitActivity
  }
  u2: unit(id: $u2) {
    ...ReportUnitActivity
  }
  u3: unit(id: $u3) {
    ...ReportUnitActivity
  }
  u4: unit(id: $u4) {
    ...ReportUnitActivity
  }
  u5: unit(id: $u5) {
    ...ReportUnitActivity
  }
  u6: unit(id: $u6) {
    ...ReportUnitActivity
  }
  u7: unit(id: $u7) {
    ...ReportUnitActivity
  }
  u8: unit(id: $u8) {
    ...ReportUnitActivity
  }
  u9: unit(id: $u9) {
    ...ReportUnitActivity
  }
}
    fragment ReportUnitActivity on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
    members
  }
}`) as unknown as TypedDocumentString<ReportActivityBatchQuery, ReportActivityBatchQueryVariables>;
export const ReportQuotaUnitsDocument = new TypedDocumentString(`
    query ReportQuotaUnits($campaignId: ID!) {
  units(includeExcluded: false) {
    id
    quota(campaignId: $campaignId) {
      partyMembers
      teams
      posts {
        count
        target
        ratio
        attained
      }
      teamQuota {
        count
        target
        ratio
        attained
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportQuotaUnitsQuery, ReportQuotaUnitsQueryVariables>;
export const ReportUnitQuotaDocument = new TypedDocumentString(`
    query ReportUnitQuota($id: ID!, $campaignId: ID!) {
  unit(id: $id) {
    id
    quota(campaignId: $campaignId) {
      partyMembers
      teams
      posts {
        count
        target
        ratio
        attained
      }
      teamQuota {
        count
        target
        ratio
        attained
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportUnitQuotaQuery, ReportUnitQuotaQueryVariables>;
export const ReportQuotaAttainmentDocument = new TypedDocumentString(`
    query ReportQuotaAttainment($campaignId: ID!) {
  quotaAttainment(campaignId: $campaignId) {
    participatingUnits
    posts {
      count
      target
      ratio
      attained
      unitsAttaining
    }
    teams {
      count
      target
      ratio
      attained
      unitsAttaining
    }
    units {
      count
      target
      ratio
      attained
    }
    industries {
      count
      target
      ratio
      attained
      min
      max
    }
  }
}
    `) as unknown as TypedDocumentString<ReportQuotaAttainmentQuery, ReportQuotaAttainmentQueryVariables>;
export const ReportHonorCountsDocument = new TypedDocumentString(`
    query ReportHonorCounts($campaignId: ID!, $unitId: ID) {
  honorCounts(campaignId: $campaignId, unitId: $unitId) {
    unitId
    tier
    status
    count
  }
}
    `) as unknown as TypedDocumentString<ReportHonorCountsQuery, ReportHonorCountsQueryVariables>;
export const ReportHonorsPageDocument = new TypedDocumentString(`
    query ReportHonorsPage($campaignId: ID!, $unitId: ID, $first: Int!, $after: String, $roundId: ID!, $grades: Boolean!) {
  honors(campaignId: $campaignId, unitId: $unitId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        tier
        status
        declaredOn
        publicityStartsOn
        publicityEndsOn
        namedOn
        batch
        plaqueNumber
        rectificationDeadline
        overdue
        unit {
          id
        }
        industry {
          id
          name
        }
        subject {
          __typename
          ... on Member {
            id
            name
            position
            team {
              id
              name
            }
            evaluationSummary(roundId: $roundId) @include(if: $grades) {
              ...ReportGrade
            }
          }
          ... on Team {
            id
            name
            evaluationSummary(roundId: $roundId) @include(if: $grades) {
              ...ReportGrade
            }
          }
          ... on Unit {
            id
            name
            evaluationSummary(roundId: $roundId) @include(if: $grades) {
              ...ReportGrade
            }
          }
          ... on Industry {
            id
            name
            evaluationSummary(roundId: $roundId) @include(if: $grades) {
              ...ReportGrade
            }
          }
        }
        events {
          action
          at
        }
      }
    }
  }
}
    fragment ReportGrade on EvaluationSummary {
  count
  weightedScore
  grade
}`) as unknown as TypedDocumentString<ReportHonorsPageQuery, ReportHonorsPageQueryVariables>;
export const ReportEvaluationsDocument = new TypedDocumentString(`
    query ReportEvaluations($campaignId: ID!, $unitId: ID) {
  evaluationRounds(campaignId: $campaignId) {
    id
    name
    kind
    opensOn
    closesOn
    status
    tiers
  }
  evaluationTrend(campaignId: $campaignId, unitId: $unitId) {
    byRound {
      count
      weightedScore
      grade
      massesCount
      satisfactionRate
      round {
        id
      }
    }
    byYear {
      year
      count
      weightedScore
      grade
      massesCount
      satisfactionRate
    }
  }
}
    `) as unknown as TypedDocumentString<ReportEvaluationsQuery, ReportEvaluationsQueryVariables>;
export const ReportHistogramDocument = new TypedDocumentString(`
    query ReportHistogram($roundId: ID!, $unitId: ID) {
  evaluationHistogram(roundId: $roundId, unitId: $unitId) {
    kind
    total
    buckets {
      from
      to
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ReportHistogramQuery, ReportHistogramQueryVariables>;
export const ReportManagementActionsDocument = new TypedDocumentString(`
    query ReportManagementActions($campaignId: ID!, $unitId: ID) {
  managementActions(campaignId: $campaignId, unitId: $unitId) {
    action
    unitId
    month
    count
  }
}
    `) as unknown as TypedDocumentString<ReportManagementActionsQuery, ReportManagementActionsQueryVariables>;
export const ReportRectificationsDocument = new TypedDocumentString(`
    query ReportRectifications($campaignId: ID!, $unitId: ID, $asOf: Date) {
  rectifications(campaignId: $campaignId, unitId: $unitId, asOf: $asOf) {
    honorId
    unitId
    tier
    reason
    orderedOn
    deadline
    outcome
    closedBy
    closedOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<ReportRectificationsQuery, ReportRectificationsQueryVariables>;
export const ReportLedgersDocument = new TypedDocumentString(`
    query ReportLedgers($campaignId: ID!) {
  ledgerSubmissions(campaignId: $campaignId) {
    dueOn
    participatingCount
    onTimeCount
    lateCount
    missingCount
    units {
      unit {
        id
      }
      status
      submissionCount
      latest {
        submittedOn
        submittedAt
        submittedBy
        contents {
          posts
          teams
          units
          named
        }
      }
      history {
        submittedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportLedgersQuery, ReportLedgersQueryVariables>;
export const ReportMemberActivitiesDocument = new TypedDocumentString(`
    query ReportMemberActivities($year: Int!, $m0: ID!, $m1: ID!, $m2: ID!, $m3: ID!, $m4: ID!, $m5: ID!, $m6: ID!, $m7: ID!, $m8: ID!, $m9: ID!) {
  m0: member(id: $m0) {
    ...ReportMemberActivity
  }
  m1: member(id: $m1) {
    ...ReportMemberActivity
  }
  m2: member(id: $m2) {
    ...ReportMemberActivity
  }
  m3: member(id: $m3) {
    ...ReportMemberActivity
  }
  m4: member(id: $m4) {
    ...ReportMemberActivity
  }
  m5: member(id: $m5) {
    ...ReportMemberActivity
  }
  m6: member(id: $m6) {
    ...ReportMemberActivity
  }
  m7: member(id: $m7) {
    ...ReportMemberActivity
  }
  m8: member(id: $m8) {
    ...ReportMemberActivity
  }
  m9: member(id: $m9) {
    ...ReportMemberActivity
  }
}
    fragment ReportMemberActivity on Member {
  id
  activities(year: $year) {
    type
    date
    hours
    title
  }
}`) as unknown as TypedDocumentString<ReportMemberActivitiesQuery, ReportMemberActivitiesQueryVariables>;
export const ReportTeamMembersDocument = new TypedDocumentString(`
    query ReportTeamMembers($id: ID!) {
  team(id: $id) {
    id
    memberCount
    members(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportTeamMembersQuery, ReportTeamMembersQueryVariables>;