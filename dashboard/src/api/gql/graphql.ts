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

/** A tier's evaluation criterion (POST_*, TEAM_*, UNIT_*, INDUSTRY_*) */
export type Criterion =
  /** 作风行风好 Work style and sector conduct */
  | 'INDUSTRY_CONDUCT'
  /** 班子带头示范好 Leadership leading by example */
  | 'INDUSTRY_LEADERSHIP'
  /** 工作业绩好 Results serving the centre */
  | 'INDUSTRY_RESULTS'
  /** 守规矩重品行 Rules and conduct */
  | 'POST_DISCIPLINE'
  /** 担当作为 Responsibility and results */
  | 'POST_DUTY'
  /** 政治合格 Political direction and loyalty */
  | 'POST_POLITICAL'
  /** 联系服务群众 Serving the masses */
  | 'POST_SERVICE'
  /** 创新创业好 Innovation and hard problems */
  | 'TEAM_INNOVATION'
  /** 工作业绩好 Results */
  | 'TEAM_RESULTS'
  /** 工作作风好 Work style and service */
  | 'TEAM_STYLE'
  /** 团结协作好 Unity and mutual help */
  | 'TEAM_UNITY'
  /** 推动工作好 Driving the work */
  | 'UNIT_DRIVE'
  /** 党员带头示范好 Members leading by example */
  | 'UNIT_EXAMPLE'
  /** 领导班子好 Leadership team */
  | 'UNIT_LEADERSHIP'
  /** 服务群众好 Serving the masses */
  | 'UNIT_SERVICE';

/** What an evaluation round is for */
export type EvaluationRoundKind =
  /** 群众评议 Mass review of candidacies */
  | 'MASS_REVIEW'
  /** 年中评议 Mid-year review */
  | 'MID_YEAR_REVIEW'
  /** 年终考核 Year-end assessment */
  | 'YEAR_END_ASSESSMENT';

/** 三评: who evaluates */
export type EvaluatorKind =
  /** 领导点评 Review by leaders */
  | 'LEADERS'
  /** 群众评议 Review by the masses */
  | 'MASSES'
  /** 党员互评 Review by fellow Party members */
  | 'PEERS';

/** 性别 */
export type Gender =
  | 'FEMALE'
  | 'MALE';

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

/** 提出异议: about a candidacy in publicity; anyone may, signed in or not */
export type LodgeObjectionInput = {
  /** How the committee can reach you (phone, e-mail), up to 100 characters; optional, seen by the committee only */
  contact?: string | null | undefined;
  /** The candidacy in publicity */
  honorId: string;
  /** What is wrong, 5–500 characters of plain text */
  reason: string;
};

/** 党员类别 */
export type MemberStatus =
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** VALID 有效 (named), RECTIFYING 限期整改中 (still named), REVOKED 已取消命名 */
export type PlaqueStatus =
  | 'RECTIFYING'
  | 'REVOKED'
  | 'VALID';

/** 整改结果: OPEN (no result yet), PASSED (PASS_RECTIFICATION), FAILED (FAIL_RECTIFICATION, or the name revoked while rectifying) */
export type RectificationOutcome =
  | 'FAILED'
  | 'OPEN'
  | 'PASSED';

export type DirectoryUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, teamCount: number, industry: { id: string, code: string, name: string } }> };

export type OverviewUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, teamCount: number, partyMemberCount: number, industry: { id: string, code: string, name: string } }> };

export type UnitActivityTotalsBatchQueryVariables = Exact<{
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


export type UnitActivityTotalsBatchQuery = { u0: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u1: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u2: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u3: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u4: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u5: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u6: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u7: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u8: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u9: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null };

export type UnitActivityTotalsFragment = { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> };

export type UnitDetailQueryVariables = Exact<{
  id: string;
  year: number;
}>;


export type UnitDetailQuery = { unit: { id: string, code: string, name: string, excluded: boolean, partyMemberCount: number, teamCount: number, industry: { id: string, code: string, name: string }, teams: Array<{ id: string, name: string, memberCount: number }>, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null };

export type UnitMembersPageQueryVariables = Exact<{
  unitId: string;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  personal: boolean;
}>;


export type UnitMembersPageQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, gender: Gender, position: string, status: MemberStatus, joinedPartyOn: string, birthDate?: string | null, phone?: string | null, team: { id: string, name: string } | null } }> } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: Array<{ id: string, year: number, name: string, ledgerDueOn: string, firstBatchBy: string, postRatio: number, teamRatio: number, unitRatio: number, industryMin: number, industryMax: number, publicityWorkingDays: number, phases: Array<{ name: string, startsOn: string, endsOn: string }> }> };

export type QuotaUnitsQueryVariables = Exact<{
  campaignId: string;
}>;


export type QuotaUnitsQuery = { units: Array<{ id: string, code: string, name: string, industry: { id: string, code: string, name: string }, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null }> };

export type CampaignHonorDatesQueryVariables = Exact<{
  campaignId: string;
  after?: string | null | undefined;
}>;


export type CampaignHonorDatesQuery = { honors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publicityStartsOn: string | null, publicityEndsOn: string | null, namedOn: string | null, batch: string | null } }> } };

export type CityAttainmentQueryVariables = Exact<{
  campaignId: string;
}>;


export type CityAttainmentQuery = { quotaAttainment: { participatingUnits: number, posts: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, teams: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, units: { count: number, target: number, ratio: number, attained: boolean }, industries: { count: number, target: number, attained: boolean, min: number, max: number } } | null };

export type LedgerCountsQueryVariables = Exact<{
  campaignId: string;
}>;


export type LedgerCountsQuery = { ledgerSubmissions: { dueOn: string, participatingCount: number, onTimeCount: number, lateCount: number, missingCount: number } | null };

export type ManagementActionsQueryVariables = Exact<{
  campaignId: string;
}>;


export type ManagementActionsQuery = { managementActions: Array<{ action: HonorAction, month: string, count: number, unitId: string | null, unit: { id: string, code: string, name: string } | null }> };

export type RectificationsQueryVariables = Exact<{
  campaignId: string;
  asOf?: string | null | undefined;
}>;


export type RectificationsQuery = { rectifications: Array<{ honorId: string, unitId: string | null, tier: HonorTier, reason: string, orderedOn: string, deadline: string, outcome: RectificationOutcome, closedBy: HonorAction | null, closedOn: string | null, overdue: boolean, unit: { id: string, name: string } | null, honor: { id: string, subject:
        | { __typename: 'Industry', name: string }
        | { __typename: 'Member', name: string }
        | { __typename: 'Team', name: string }
        | { __typename: 'Unit', name: string }
       } | null }> };

export type SignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCheckQuery = { industries: Array<{ id: string }> };

export type PlaqueRecordQueryVariables = Exact<{
  code: string;
}>;


export type PlaqueRecordQuery = { plaque: { name: string | null, unitName: string | null, tier: HonorTier, year: number, batch: string | null, namedOn: string | null, status: PlaqueStatus, revokedOn: string | null } | null };

export type HonorRollOfYearQueryVariables = Exact<{
  year: number;
}>;


export type HonorRollOfYearQuery = { honorRoll: { year: number, campaignName: string, named: Array<{ tier: HonorTier, name: string | null, unitName: string | null, batch: string | null, namedOn: string | null, status: PlaqueStatus, verificationCode: string | null }>, publicizing: Array<{ honorId: string, tier: HonorTier, name: string | null, unitName: string | null, publicityStartsOn: string, publicityEndsOn: string }> } | null };

export type LodgeObjectionMutationVariables = Exact<{
  input: LodgeObjectionInput;
}>;


export type LodgeObjectionMutation = { lodgeObjection: { id: string, lodgedAt: string } };

export type TrendScopeUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrendScopeUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, industry: { id: string, code: string, name: string } }> };

export type EvaluationTrendsQueryVariables = Exact<{
  campaignId: string;
  previousId?: string | null | undefined;
  hasPrevious: boolean;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationTrendsQuery = { current: { byRound: Array<{ count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null, round: { id: string, name: string, kind: EvaluationRoundKind, opensOn: string } | null }>, byMonth: Array<{ month: string | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }>, byYear: Array<{ year: number | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }> }, previous?: { byMonth: Array<{ month: string | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }> } };

export type EvaluationKindsQueryVariables = Exact<{
  roundId: string;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationKindsQuery = { evaluationHistogram: Array<{ kind: EvaluatorKind, total: number, buckets: Array<{ from: number, to: number, label: string, count: number }> }> };

export type EvaluationRadarQueryVariables = Exact<{
  tier: HonorTier;
  campaignId?: string | null | undefined;
  roundId?: string | null | undefined;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
  subjectId?: string | null | undefined;
}>;


export type EvaluationRadarQuery = { evaluationCriteria: Array<{ criterion: Criterion, label: string, mean: number | null, byKind: Array<{ kind: EvaluatorKind, mean: number | null }> }> };

export type EvaluationRankingQueryVariables = Exact<{
  campaignId?: string | null | undefined;
  roundId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationRankingQuery = { evaluationUnitRanking: Array<{ count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null, unit: { id: string, name: string, excluded: boolean } }> };

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
export const UnitActivityTotalsFragmentDoc = new TypedDocumentString(`
    fragment UnitActivityTotals on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
  }
}
    `, {"fragmentName":"UnitActivityTotals"}) as unknown as TypedDocumentString<UnitActivityTotalsFragment, unknown>;
export const DirectoryUnitsDocument = new TypedDocumentString(`
    query DirectoryUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    teamCount
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryUnitsQuery, DirectoryUnitsQueryVariables>;
export const OverviewUnitsDocument = new TypedDocumentString(`
    query OverviewUnits {
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
    `) as unknown as TypedDocumentString<OverviewUnitsQuery, OverviewUnitsQueryVariables>;
export const UnitActivityTotalsBatchDocument = new TypedDocumentString(`
    query UnitActivityTotalsBatch($year: Int!, $u0: ID!, $u1: ID!, $u2: ID!, $u3: ID!, $u4: ID!, $u5: ID!, $u6: ID!, $u7: ID!, $u8: ID!, $u9: ID!) {
  u0: unit(id: $u0) {
    ...UnitActivityTotals
  }
  u1: unit(id: $u1) {
    ...UnitActivityTotals
  }
  u2: unit(id: $u2) {
    ...UnitActivityTotals
  }
  u3: unit(id: $u3) {
    ...UnitActivityTotals
  }
  u4: unit(id: $u4) {
    ...UnitActivityTotals
  }
  u5: unit(id: $u5) {
    ...UnitActivityTotals
  }
  u6: unit(id: $u6) {
    ...UnitActivityTotals
  }
  u7: unit(id: $u7) {
    ...UnitActivityTotals
  }
  u8: unit(id: $u8) {
    ...UnitActivityTotals
  }
  u9: unit(id: $u9) {
    ...UnitActivityTotals
  }
}
    fragment UnitActivityTotals on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
  }
}`) as unknown as TypedDocumentString<UnitActivityTotalsBatchQuery, UnitActivityTotalsBatchQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!, $year: Int!) {
  unit(id: $id) {
    id
    code
    name
    excluded
    partyMemberCount
    teamCount
    industry {
      id
      code
      name
    }
    teams {
      id
      name
      memberCount
    }
    activityTotals(year: $year) {
      type
      month
      count
      hours
      members
    }
  }
}
    `) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitMembersPageDocument = new TypedDocumentString(`
    query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {
  members(unitId: $unitId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        gender
        position
        status
        joinedPartyOn
        birthDate @include(if: $personal)
        phone @include(if: $personal)
        team {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitMembersPageQuery, UnitMembersPageQueryVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns {
  campaigns {
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
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const QuotaUnitsDocument = new TypedDocumentString(`
    query QuotaUnits($campaignId: ID!) {
  units(includeExcluded: false) {
    id
    code
    name
    industry {
      id
      code
      name
    }
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
    `) as unknown as TypedDocumentString<QuotaUnitsQuery, QuotaUnitsQueryVariables>;
export const CampaignHonorDatesDocument = new TypedDocumentString(`
    query CampaignHonorDates($campaignId: ID!, $after: String) {
  honors(campaignId: $campaignId, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        publicityStartsOn
        publicityEndsOn
        namedOn
        batch
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignHonorDatesQuery, CampaignHonorDatesQueryVariables>;
export const CityAttainmentDocument = new TypedDocumentString(`
    query CityAttainment($campaignId: ID!) {
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
      attained
      min
      max
    }
  }
}
    `) as unknown as TypedDocumentString<CityAttainmentQuery, CityAttainmentQueryVariables>;
export const LedgerCountsDocument = new TypedDocumentString(`
    query LedgerCounts($campaignId: ID!) {
  ledgerSubmissions(campaignId: $campaignId) {
    dueOn
    participatingCount
    onTimeCount
    lateCount
    missingCount
  }
}
    `) as unknown as TypedDocumentString<LedgerCountsQuery, LedgerCountsQueryVariables>;
export const ManagementActionsDocument = new TypedDocumentString(`
    query ManagementActions($campaignId: ID!) {
  managementActions(campaignId: $campaignId) {
    action
    month
    count
    unitId
    unit {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ManagementActionsQuery, ManagementActionsQueryVariables>;
export const RectificationsDocument = new TypedDocumentString(`
    query Rectifications($campaignId: ID!, $asOf: Date) {
  rectifications(campaignId: $campaignId, asOf: $asOf) {
    honorId
    unitId
    unit {
      id
      name
    }
    tier
    reason
    orderedOn
    deadline
    outcome
    closedBy
    closedOn
    overdue
    honor {
      id
      subject {
        __typename
        ... on Member {
          name
        }
        ... on Team {
          name
        }
        ... on Unit {
          name
        }
        ... on Industry {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RectificationsQuery, RectificationsQueryVariables>;
export const SignInCheckDocument = new TypedDocumentString(`
    query SignInCheck {
  industries {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInCheckQuery, SignInCheckQueryVariables>;
export const PlaqueRecordDocument = new TypedDocumentString(`
    query PlaqueRecord($code: String!) {
  plaque(code: $code) {
    name
    unitName
    tier
    year
    batch
    namedOn
    status
    revokedOn
  }
}
    `) as unknown as TypedDocumentString<PlaqueRecordQuery, PlaqueRecordQueryVariables>;
export const HonorRollOfYearDocument = new TypedDocumentString(`
    query HonorRollOfYear($year: Int!) {
  honorRoll(year: $year) {
    year
    campaignName
    named {
      tier
      name
      unitName
      batch
      namedOn
      status
      verificationCode
    }
    publicizing {
      honorId
      tier
      name
      unitName
      publicityStartsOn
      publicityEndsOn
    }
  }
}
    `) as unknown as TypedDocumentString<HonorRollOfYearQuery, HonorRollOfYearQueryVariables>;
export const LodgeObjectionDocument = new TypedDocumentString(`
    mutation LodgeObjection($input: LodgeObjectionInput!) {
  lodgeObjection(input: $input) {
    id
    lodgedAt
  }
}
    `) as unknown as TypedDocumentString<LodgeObjectionMutation, LodgeObjectionMutationVariables>;
export const TrendScopeUnitsDocument = new TypedDocumentString(`
    query TrendScopeUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TrendScopeUnitsQuery, TrendScopeUnitsQueryVariables>;
export const EvaluationTrendsDocument = new TypedDocumentString(`
    query EvaluationTrends($campaignId: ID!, $previousId: ID, $hasPrevious: Boolean!, $unitId: ID, $industryId: ID) {
  current: evaluationTrend(
    campaignId: $campaignId
    unitId: $unitId
    industryId: $industryId
  ) {
    byRound {
      round {
        id
        name
        kind
        opensOn
      }
      count
      weightedScore
      massesCount
      satisfactionRate
    }
    byMonth {
      month
      count
      weightedScore
      massesCount
      satisfactionRate
    }
    byYear {
      year
      count
      weightedScore
      massesCount
      satisfactionRate
    }
  }
  previous: evaluationTrend(
    campaignId: $previousId
    unitId: $unitId
    industryId: $industryId
  ) @include(if: $hasPrevious) {
    byMonth {
      month
      count
      weightedScore
      massesCount
      satisfactionRate
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationTrendsQuery, EvaluationTrendsQueryVariables>;
export const EvaluationKindsDocument = new TypedDocumentString(`
    query EvaluationKinds($roundId: ID!, $unitId: ID, $industryId: ID) {
  evaluationHistogram(roundId: $roundId, unitId: $unitId, industryId: $industryId) {
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
    `) as unknown as TypedDocumentString<EvaluationKindsQuery, EvaluationKindsQueryVariables>;
export const EvaluationRadarDocument = new TypedDocumentString(`
    query EvaluationRadar($tier: HonorTier!, $campaignId: ID, $roundId: ID, $unitId: ID, $industryId: ID, $subjectId: ID) {
  evaluationCriteria(
    tier: $tier
    campaignId: $campaignId
    roundId: $roundId
    unitId: $unitId
    industryId: $industryId
    subjectId: $subjectId
  ) {
    criterion
    label
    mean
    byKind {
      kind
      mean
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationRadarQuery, EvaluationRadarQueryVariables>;
export const EvaluationRankingDocument = new TypedDocumentString(`
    query EvaluationRanking($campaignId: ID, $roundId: ID, $industryId: ID) {
  evaluationUnitRanking(
    campaignId: $campaignId
    roundId: $roundId
    industryId: $industryId
  ) {
    unit {
      id
      name
      excluded
    }
    count
    weightedScore
    massesCount
    satisfactionRate
  }
}
    `) as unknown as TypedDocumentString<EvaluationRankingQuery, EvaluationRankingQueryVariables>;