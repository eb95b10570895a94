import { graphql } from './gql/index.js';

// Every question the year-end report asks the gateway, typed by codegen from schema/api.graphql
// (`npm run schema:write` regenerates ./gql; `npm run schema:check` fails when it is stale). The
// report reads what the dashboard reads, through the gateway only: no SQL, no subgraph.

/** The year's campaign: its plan (phases, due dates, ratios) and id. */
export const ReportCampaign = graphql(`
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
`);

/** Every unit with its per-unit aggregates (every signed-in role); excluded ones too, flagged. */
export const ReportUnits = graphql(`
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
`);

/**
 * Activity totals of ten units at once, as the dashboard asks them: `units { activityTotals }`
 * is refused by the gateway's cost limit, ten aliased units cost about 2,900. The last batch
 * repeats its last id to fill the ten places.
 */
export const ReportActivityBatch = graphql(`
  query ReportActivityBatch(
    $year: Int!
    $u0: ID!
    $u1: ID!
    $u2: ID!
    $u3: ID!
    $u4: ID!
    $u5: ID!
    $u6: ID!
    $u7: ID!
    $u8: ID!
    $u9: ID!
  ) {
    u0: unit(id: $u0) { ...ReportUnitActivity }
    u1: unit(id: $u1) { ...ReportUnitActivity }
    u2: unit(id: $u2) { ...ReportUnitActivity }
    u3: unit(id: $u3) { ...ReportUnitActivity }
    u4: unit(id: $u4) { ...ReportUnitActivity }
    u5: unit(id: $u5) { ...ReportUnitActivity }
    u6: unit(id: $u6) { ...ReportUnitActivity }
    u7: unit(id: $u7) { ...ReportUnitActivity }
    u8: unit(id: $u8) { ...ReportUnitActivity }
    u9: unit(id: $u9) { ...ReportUnitActivity }
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
  }
`);

/** Every participating unit's post and team quota (excluded units have none). */
export const ReportQuotaUnits = graphql(`
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
`);

/** One unit's quota (a unit's report). */
export const ReportUnitQuota = graphql(`
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
`);

/** The city-wide attainment of the four quotas. */
export const ReportQuotaAttainment = graphql(`
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
`);

/** Candidacies counted per unit, tier and status. */
export const ReportHonorCounts = graphql(`
  query ReportHonorCounts($campaignId: ID!, $unitId: ID) {
    honorCounts(campaignId: $campaignId, unitId: $unitId) {
      unitId
      tier
      status
      count
    }
  }
`);

/**
 * A page of the campaign's candidacies and honors (a unit's, or the city's), with their histories
 * and, when the campaign has an evaluation round to grade by ($grades), each subject's summary in
 * it. With both, a page of 100 is estimated over the gateway's cost limit; 70 stays under it.
 */
export const ReportHonorsPage = graphql(`
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
  }
`);

/** The campaign's evaluation rounds and its trend (the city's or a unit's): per round and per campaign year. */
export const ReportEvaluations = graphql(`
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
`);

/** A round's scores per evaluator kind (群众、党员、领导), in bands. */
export const ReportHistogram = graphql(`
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
`);

/** Dynamic-management actions counted per action, unit and month. */
export const ReportManagementActions = graphql(`
  query ReportManagementActions($campaignId: ID!, $unitId: ID) {
    managementActions(campaignId: $campaignId, unitId: $unitId) {
      action
      unitId
      month
      count
    }
  }
`);

/**
 * Every order to rectify as it stood on the year's last day. A UNIT_ADMIN asking for another
 * unit's is refused here (FORBIDDEN): the unit report asks this first.
 */
export const ReportRectifications = graphql(`
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
`);

/** Who submitted the year's ledger, on time or late, and who has not. */
export const ReportLedgers = graphql(`
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
`);

/**
 * The activities of ten members of the year (典型示范: what the named posts did). The last batch
 * repeats its last id to fill the ten places.
 */
export const ReportMemberActivities = graphql(`
  query ReportMemberActivities(
    $year: Int!
    $m0: ID!
    $m1: ID!
    $m2: ID!
    $m3: ID!
    $m4: ID!
    $m5: ID!
    $m6: ID!
    $m7: ID!
    $m8: ID!
    $m9: ID!
  ) {
    m0: member(id: $m0) { ...ReportMemberActivity }
    m1: member(id: $m1) { ...ReportMemberActivity }
    m2: member(id: $m2) { ...ReportMemberActivity }
    m3: member(id: $m3) { ...ReportMemberActivity }
    m4: member(id: $m4) { ...ReportMemberActivity }
    m5: member(id: $m5) { ...ReportMemberActivity }
    m6: member(id: $m6) { ...ReportMemberActivity }
    m7: member(id: $m7) { ...ReportMemberActivity }
    m8: member(id: $m8) { ...ReportMemberActivity }
    m9: member(id: $m9) { ...ReportMemberActivity }
  }

  fragment ReportMemberActivity on Member {
    id
    activities(year: $year) {
      type
      date
      hours
      title
    }
  }
`);

/** A team's members (典型示范: a named team's activities are its members'). */
export const ReportTeamMembers = graphql(`
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
`);
