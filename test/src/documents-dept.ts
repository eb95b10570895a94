import { graphql } from './gql/index.js';

// What the department, honor and 动态管理 pages show, asked of the gateway by the browser test
// itself (test/src/dashboard-dept.test.ts), to compare with the pages.

export const DeptTruthUnits = graphql(`
  query DeptTruthUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
      industry {
        id
      }
    }
  }
`);

export const DeptTruthCampaign = graphql(`
  query DeptTruthCampaign($year: Int!) {
    campaignByYear(year: $year) {
      id
    }
  }
`);

export const DeptTruthHonors = graphql(`
  query DeptTruthHonors($campaignId: ID!, $unitId: ID, $tier: HonorTier, $after: String) {
    honors(campaignId: $campaignId, unitId: $unitId, tier: $tier, first: 30, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          tier
          status
          batch
          plaqueNumber
          unit {
            id
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
          events {
            id
            action
            fromStatus
            toStatus
            actor
            actorRole
            at
            note
          }
        }
      }
    }
  }
`);

export const DeptTruthHonorSummary = graphql(`
  query DeptTruthHonorSummary($id: ID!, $roundId: ID!) {
    honor(id: $id) {
      id
      evaluationSummary(roundId: $roundId) {
        count
        weightedScore
        grade
      }
    }
  }
`);

export const DeptTruthUnitFigures = graphql(`
  query DeptTruthUnitFigures($id: ID!, $campaignId: ID!, $roundId: ID!) {
    unit(id: $id) {
      id
      quota(campaignId: $campaignId) {
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
      evaluationSummary(roundId: $roundId) {
        count
        weightedScore
        grade
        satisfaction {
          rate
        }
        byKind {
          kind
          count
          mean
        }
      }
    }
    honorCounts(campaignId: $campaignId, unitId: $id) {
      tier
      status
      count
    }
    ledgerSubmissions(campaignId: $campaignId) {
      units {
        unit {
          id
        }
        status
      }
    }
    exportLedger(unitId: $id, campaignId: $campaignId) {
      rows
    }
  }
`);

export const DeptTruthSignals = graphql(`
  query DeptTruthSignals($campaignId: ID!, $unitId: ID) {
    evaluationSignals(campaignId: $campaignId, unitId: $unitId) {
      rectificationCandidates {
        weightedScore
        grade
        honor {
          id
        }
        unit {
          id
        }
      }
      preferenceRecommendations {
        weightedScore
        grade
        honor {
          id
        }
        unit {
          id
        }
      }
    }
  }
`);
