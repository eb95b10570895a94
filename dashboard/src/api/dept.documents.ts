import { graphql } from './gql/index.js';

// The department page's, the honor page's and 动态管理's signals documents (see documents.ts for
// the rest). Costs are the gateway's estimates against its limit of 5,000.

/** The campaign's evaluation rounds, in the order they open: the round selector's choices. */
export const CampaignRounds = graphql(`
  query CampaignRounds($campaignId: ID!) {
    evaluationRounds(campaignId: $campaignId) {
      id
      name
      kind
      status
      opensOn
      closesOn
    }
  }
`);

/** The figures of an evaluation summary that the pages show. */
export const SummaryFigures = graphql(`
  fragment SummaryFigures on EvaluationSummary {
    count
    mean
    weightedScore
    grade
    gradeLabel
    complete
    missingKinds
    satisfaction {
      satisfied
      total
      rate
    }
    byKind {
      kind
      count
      mean
      weight
      expected
    }
  }
`);

/**
 * A department's figures of a campaign that every signed-in role may read: its quota and its own
 * summary in a round (cost about 60).
 */
export const DeptFigures = graphql(`
  query DeptFigures($id: ID!, $campaignId: ID!, $roundId: ID!) {
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
      evaluationSummary(roundId: $roundId) {
        ...SummaryFigures
      }
    }
  }
`);

/**
 * A page of a department's candidacies and honors in a campaign, each with its history and its
 * summary in a round: 25 a page keeps the estimate (12 events each) near 4,000.
 */
export const DeptHonors = graphql(`
  query DeptHonors($unitId: ID!, $campaignId: ID!, $roundId: ID!, $after: String) {
    honors(campaignId: $campaignId, unitId: $unitId, first: 25, after: $after) {
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
          batch
          plaqueNumber
          overdue
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
            ...TimelineEvent
          }
          evaluationSummary(roundId: $roundId) {
            weightedScore
            grade
            gradeLabel
            count
          }
        }
      }
    }
  }
`);

/** One step of an honor's history as the timeline shows it. */
export const TimelineEvent = graphql(`
  fragment TimelineEvent on HonorEvent {
    id
    action
    fromStatus
    toStatus
    actor
    actorRole
    at
    note
  }
`);

/** 台账报送情况 of a campaign: the page keeps its own unit's line (a UNIT_ADMIN gets its own only). */
export const DeptLedger = graphql(`
  query DeptLedger($campaignId: ID!) {
    ledgerSubmissions(campaignId: $campaignId) {
      dueOn
      units {
        unit {
          id
        }
        status
        submissionCount
        latest {
          submittedAt
          submittedOn
        }
      }
    }
  }
`);

/** 导出台账: a unit's ledger of a campaign as XLSX (any signed-in role; a UNIT_ADMIN its own unit's). */
export const DeptLedgerFile = graphql(`
  query DeptLedgerFile($unitId: ID!, $campaignId: ID!) {
    exportLedger(unitId: $unitId, campaignId: $campaignId) {
      filename
      contentType
      contentBase64
      rows
    }
  }
`);

/** One honor: its record and history, and its objections for the roles that may read them (the objector's contact for ADMIN only). */
export const HonorDetail = graphql(`
  query HonorDetail($id: ID!, $objections: Boolean!, $contact: Boolean!) {
    honor(id: $id) {
      id
      tier
      status
      version
      declaredOn
      declaredBy
      publicityStartsOn
      publicityEndsOn
      plaqueNumber
      namedOn
      batch
      rectificationDeadline
      overdue
      campaign {
        id
        year
        name
      }
      unit {
        id
        name
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
        ...TimelineEvent
      }
      objections @include(if: $objections) {
        id
        reason
        lodgedAt
        resolved
        resolvedAt
        resolvedBy
        upheld
        finding
        contact @include(if: $contact)
      }
    }
  }
`);

/** An honor's own summary in a round (the evaluations given for the candidacy) and its subject's. */
export const HonorSummaries = graphql(`
  query HonorSummaries($id: ID!, $roundId: ID!) {
    honor(id: $id) {
      id
      evaluationSummary(roundId: $roundId) {
        ...SummaryFigures
      }
      subject {
        __typename
        ... on Member {
          id
          evaluationSummary(roundId: $roundId) {
            ...SummaryFigures
          }
        }
        ... on Team {
          id
          evaluationSummary(roundId: $roundId) {
            ...SummaryFigures
          }
        }
        ... on Unit {
          id
          evaluationSummary(roundId: $roundId) {
            ...SummaryFigures
          }
        }
        ... on Industry {
          id
          evaluationSummary(roundId: $roundId) {
            ...SummaryFigures
          }
        }
      }
    }
  }
`);

/**
 * 示范单位's chain of evidence: the unit's candidacies of the campaign counted per tier and status
 * (one statement), beside its post and team quotas.
 */
export const UnitEvidence = graphql(`
  query UnitEvidence($unitId: ID!, $campaignId: ID!) {
    honorCounts(campaignId: $campaignId, unitId: $unitId) {
      tier
      status
      count
    }
    unit(id: $unitId) {
      id
      quota(campaignId: $campaignId) {
        posts {
          count
          target
        }
        teamQuota {
          count
          target
        }
      }
    }
  }
`);

/**
 * 示范行业's chain of evidence: the industry's units, each with its own 示范单位 candidacy of the
 * campaign and its grade in a round (cost about 1,300).
 */
export const IndustryEvidence = graphql(`
  query IndustryEvidence($industryId: ID!, $campaignId: ID!, $roundId: ID!) {
    industry(id: $industryId) {
      id
      units {
        id
        code
        name
        excluded
        honors(campaignId: $campaignId) {
          id
          status
        }
        evaluationSummary(roundId: $roundId) {
          weightedScore
          grade
          gradeLabel
        }
      }
    }
  }
`);

/**
 * 动态管理提示: 整改候选 and 倾斜推荐 of a campaign (ADMIN city-wide; a UNIT_ADMIN its own unit's),
 * each with its honor, subject, unit and the round of its latest summary (cost about 2,600).
 */
export const ManagementSignals = graphql(`
  query ManagementSignals($campaignId: ID!) {
    evaluationSignals(campaignId: $campaignId) {
      rectificationCandidates {
        ...SignalRow
      }
      preferenceRecommendations {
        ...SignalRow
      }
    }
  }

  fragment SignalRow on HonorSignal {
    tier
    weightedScore
    grade
    gradeLabel
    honor {
      id
      status
    }
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
    unit {
      id
      name
    }
    round {
      id
      name
    }
  }
`);
