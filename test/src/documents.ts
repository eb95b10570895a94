import { graphql } from './gql/index.js';

// The operations the cross-service tests send, typed by codegen from schema/api.graphql.

export const UnitsDirectory = graphql(`
  query UnitsDirectory($includeExcluded: Boolean) {
    units(includeExcluded: $includeExcluded) {
      id
      code
      name
      excluded
      teamCount
      industry {
        id
        name
      }
    }
  }
`);

export const UnitWithTeams = graphql(`
  query UnitWithTeams($id: ID!) {
    unit(id: $id) {
      id
      name
      version
      teams {
        id
        name
      }
    }
  }
`);

export const Industries = graphql(`
  query Industries {
    industries {
      id
      code
      name
      units {
        code
      }
    }
  }
`);

export const CreateIndustry = graphql(`
  mutation CreateIndustry($input: CreateIndustryInput!) {
    createIndustry(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
      name
      excluded
      version
      industry {
        name
      }
    }
  }
`);

export const UpdateUnit = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      version
    }
  }
`);

export const CreateTeam = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      unit {
        id
        name
      }
    }
  }
`);

// Members subgraph (issue 3)

export const UnitsWithMemberCounts = graphql(`
  query UnitsWithMemberCounts {
    units {
      name
      partyMemberCount
      teams {
        name
        memberCount
      }
    }
  }
`);

export const UnitMemberCounts = graphql(`
  query UnitMemberCounts {
    units {
      id
      partyMemberCount
    }
  }
`);

export const UnitMembers = graphql(`
  query UnitMembers($unitId: ID, $search: String, $first: Int!, $after: String) {
    members(unitId: $unitId, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          gender
          position
          status
          joinedPartyOn
          birthDate
          phone
          version
          unit {
            id
            name
          }
          team {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberDetail = graphql(`
  query MemberDetail($id: ID!, $year: Int) {
    member(id: $id) {
      id
      name
      phone
      birthDate
      version
      unit {
        id
        name
      }
      team {
        id
        name
      }
      activities(year: $year) {
        type
        date
        hours
        title
      }
    }
  }
`);

export const UnitMemberPhones = graphql(`
  query UnitMemberPhones($id: ID!) {
    unit(id: $id) {
      id
      partyMemberCount
      members(first: 100) {
        totalCount
        edges {
          node {
            id
            phone
          }
        }
      }
    }
  }
`);

export const CreateMember = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
      name
      phone
      version
      team {
        name
      }
    }
  }
`);

export const UpdateMember = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      phone
      version
    }
  }
`);

export const TransferMember = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      id
      version
      unit {
        id
        name
      }
      team {
        id
        name
      }
    }
  }
`);

export const RecordActivity = graphql(`
  mutation RecordActivity($input: RecordActivityInput!) {
    recordActivity(input: $input) {
      id
      type
      date
      hours
      member {
        id
        name
      }
    }
  }
`);

export const UnitActivityTotals = graphql(`
  query UnitActivityTotals($id: ID!, $year: Int!) {
    unit(id: $id) {
      id
      activityTotals(year: $year) {
        type
        month
        count
        hours
        members
      }
    }
  }
`);

export const ExportRoster = graphql(`
  query ExportRoster($unitId: ID!) {
    exportRoster(unitId: $unitId) {
      filename
      contentType
      contentBase64
      rows
    }
  }
`);

export const ImportRoster = graphql(`
  mutation ImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      applied
      created
      updated
      unchanged
      errors {
        row
        column
        cell
        message
      }
    }
  }
`);

// The dashboard test's own questions to the gateway: what every chart must show.

export const DashboardUnitFacts = graphql(`
  query DashboardUnitFacts {
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
`);

export const DashboardUnitActivity = graphql(`
  query DashboardUnitActivity($id: ID!, $year: Int!) {
    unit(id: $id) {
      id
      teams {
        name
        memberCount
      }
      activityTotals(year: $year) {
        type
        month
        count
        hours
      }
    }
  }
`);

export const DashboardCampaign = graphql(`
  query DashboardCampaign($year: Int!) {
    campaignByYear(year: $year) {
      id
      name
      phases {
        name
        startsOn
        endsOn
      }
      ledgerDueOn
      firstBatchBy
    }
  }
`);

export const DashboardUnitQuota = graphql(`
  query DashboardUnitQuota($id: ID!, $campaignId: ID!) {
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
`);

export const DashboardPublicity = graphql(`
  query DashboardPublicity($campaignId: ID!, $after: String) {
    honors(campaignId: $campaignId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          publicityStartsOn
          publicityEndsOn
          namedOn
        }
      }
    }
  }
`);

/** The dashboard's overview: the city-wide attainment and the ledgers, asked here on their own. */
export const DashboardCityFigures = graphql(`
  query DashboardCityFigures($campaignId: ID!) {
    quotaAttainment(campaignId: $campaignId) {
      participatingUnits
      units {
        count
        target
        attained
      }
      industries {
        count
        min
        max
        attained
      }
    }
    ledgerSubmissions(campaignId: $campaignId) {
      onTimeCount
      lateCount
      missingCount
    }
  }
`);

/** 动态管理 as the gateway counts it, and the rectifications as they stood on a day. */
export const DashboardManagement = graphql(`
  query DashboardManagement($campaignId: ID!, $asOf: Date) {
    managementActions(campaignId: $campaignId) {
      action
      month
      count
      unitId
      unit {
        name
      }
    }
    rectifications(campaignId: $campaignId, asOf: $asOf) {
      honorId
      unitId
      deadline
      outcome
      overdue
    }
  }
`);

/** A plaque's code, as the committee prints it (ADMIN). */
export const DashboardPlaqueCode = graphql(`
  query DashboardPlaqueCode($honorId: ID!) {
    plaqueQr(honorId: $honorId) {
      code
    }
  }
`);

/** A plaque's public record and a year's honor roll, as anyone reads them. */
export const DashboardPublicRecords = graphql(`
  query DashboardPublicRecords($code: String!, $year: Int!) {
    plaque(code: $code) {
      name
      status
      revokedOn
    }
    honorRoll(year: $year) {
      named {
        tier
        name
        unitName
        status
        verificationCode
      }
      publicizing {
        honorId
        name
      }
    }
  }
`);

/** The objections lodged about a candidacy (ADMIN). */
export const DashboardObjections = graphql(`
  query DashboardObjections($id: ID!) {
    honor(id: $id) {
      objections {
        id
        reason
        contact
      }
    }
  }
`);

export const Campaigns = graphql(`
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
      weights {
        masses
        peers
        leaders
      }
      publicityWorkingDays
    }
  }
`);

export const CampaignByYear = graphql(`
  query CampaignByYear($year: Int!) {
    campaignByYear(year: $year) {
      id
      year
      name
      version
      publicityWorkingDays
    }
  }
`);

export const CreateCampaign = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      year
      name
      version
      ledgerDueOn
    }
  }
`);

export const UpdateCampaign = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      id
      version
      publicityWorkingDays
    }
  }
`);

export const CampaignHonors = graphql(`
  query CampaignHonors($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {
    honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {
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
          plaqueNumber
          batch
          unit {
            id
            name
          }
          subject {
            __typename
            ... on Member {
              id
              name
            }
            ... on Team {
              id
              name
            }
            ... on Unit {
              id
              name
            }
            ... on Industry {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const HonorDetail = graphql(`
  query HonorDetail($id: ID!) {
    honor(id: $id) {
      id
      status
      version
      overdue
      campaign {
        year
      }
      events {
        action
        fromStatus
        toStatus
        actor
      }
    }
  }
`);

export const UnitsWithHonors = graphql(`
  query UnitsWithHonors($campaignId: ID) {
    units {
      id
      name
      honors(campaignId: $campaignId) {
        id
        tier
        status
      }
    }
  }
`);

export const DeclareHonor = graphql(`
  mutation DeclareHonor($input: DeclareHonorInput!) {
    declareHonor(input: $input) {
      id
      tier
      status
      version
      unit {
        id
      }
      subject {
        __typename
        ... on Member {
          id
          name
        }
      }
    }
  }
`);

export const TransitionHonor = graphql(`
  mutation TransitionHonor($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      id
      status
      version
      events {
        action
        actor
      }
    }
  }
`);

export const UnitsWithQuota = graphql(`
  query UnitsWithQuota($campaignId: ID!) {
    units(includeExcluded: true) {
      id
      excluded
      quota(campaignId: $campaignId) {
        partyMembers
        teams
        posts {
          count
          target
          attained
        }
        teamQuota {
          count
          target
          attained
        }
      }
    }
  }
`);

export const LedgerSubmissions = graphql(`
  query LedgerSubmissions($campaignId: ID!) {
    ledgerSubmissions(campaignId: $campaignId) {
      dueOn
      participatingCount
      onTimeCount
      lateCount
      missingCount
      units {
        unit {
          id
          code
          name
        }
        status
        onTime
        late
        submissionCount
        latest {
          id
          submittedOn
          onTime
          contents {
            posts
            teams
            units
            named
          }
        }
      }
      missing {
        id
        name
      }
    }
  }
`);

export const SubmitLedger = graphql(`
  mutation SubmitLedger($campaignId: ID!, $unitId: ID) {
    submitLedger(campaignId: $campaignId, unitId: $unitId) {
      id
      submittedOn
      onTime
      late
      unit {
        id
        name
      }
      contents {
        posts
        teams
        units
        named
      }
    }
  }
`);

export const EvaluationRounds = graphql(`
  query EvaluationRounds($campaignId: ID!) {
    evaluationRounds(campaignId: $campaignId) {
      id
      name
      kind
      status
      opensOn
      closesOn
      tiers
      weights {
        masses
        peers
        leaders
      }
    }
  }
`);

export const HonorsWithEvaluationSummary = graphql(`
  query HonorsWithEvaluationSummary($campaignId: ID!, $roundId: ID!, $after: String) {
    honors(campaignId: $campaignId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          tier
          status
          evaluationSummary(roundId: $roundId) {
            count
            weightedScore
            grade
            gradeLabel
            complete
            missingKinds
            byKind {
              kind
              count
              mean
            }
            satisfaction {
              satisfied
              total
              rate
            }
          }
        }
      }
    }
  }
`);

export const CityEvaluationTrend = graphql(`
  query CityEvaluationTrend($campaignId: ID, $unitId: ID, $industryId: ID, $tier: HonorTier) {
    evaluationTrend(campaignId: $campaignId, unitId: $unitId, industryId: $industryId, tier: $tier) {
      byRound {
        round {
          id
          name
        }
        count
        weightedScore
        satisfactionRate
      }
      byMonth {
        month
        count
        weightedScore
        satisfactionRate
      }
      byYear {
        year
        count
        weightedScore
        satisfactionRate
      }
    }
  }
`);

export const CreateEvaluationRound = graphql(`
  mutation CreateEvaluationRound($input: CreateEvaluationRoundInput!) {
    createEvaluationRound(input: $input) {
      id
      status
      weights {
        masses
        peers
        leaders
      }
    }
  }
`);

export const IssueBallots = graphql(`
  mutation IssueBallots($input: IssueBallotsInput!) {
    issueBallots(input: $input) {
      count
      ballots {
        code
        url
      }
    }
  }
`);

export const SubmitEvaluation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      id
      evaluatorKind
      tier
    }
  }
`);

export const MemberEvaluationSummary = graphql(`
  query MemberEvaluationSummary($id: ID!, $roundId: ID!) {
    member(id: $id) {
      id
      name
      evaluationSummary(roundId: $roundId) {
        count
        weightedScore
        complete
        missingKinds
      }
    }
  }
`);

export const UnitFirstMember = graphql(`
  query UnitFirstMember($id: ID!) {
    unit(id: $id) {
      members(first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
