import { graphql } from './gql/index.js';

// The workbench (我的工作台) of a unit's party staff: what a UNIT_ADMIN does for its own unit, and
// ADMIN for any unit it picks. Typed by codegen from schema/api.graphql like ./documents.ts.

/** The unit, its teams and its quota in the year's campaign: the gaps at a glance. */
export const DeskUnit = graphql(`
  query DeskUnit($id: ID!, $campaignId: ID!) {
    unit(id: $id) {
      id
      code
      name
      excluded
      teams {
        id
        name
        memberCount
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
`);

/** ADMIN's unit selector: the units in use. */
export const DeskUnits = graphql(`
  query DeskUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
    }
  }
`);

/** A page of the roster to pick candidates from, searched by name or position. */
export const DeskRoster = graphql(`
  query DeskRoster($unitId: ID!, $search: String, $first: Int!, $after: String) {
    members(unitId: $unitId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          position
          team {
            id
            name
          }
        }
      }
    }
  }
`);

/** The unit's candidacies in the campaign, a hundred a page. */
export const DeskHonors = graphql(`
  query DeskHonors($campaignId: ID!, $unitId: ID!, $after: String) {
    honors(campaignId: $campaignId, unitId: $unitId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DeskHonor
        }
      }
    }
  }

  fragment DeskHonor on Honor {
    id
    version
    tier
    status
    declaredOn
    declaredBy
    updatedAt
    publicityStartsOn
    publicityEndsOn
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
`);

/** One candidacy as it stands now: what changed when a step was refused as stale. */
export const DeskHonorNow = graphql(`
  query DeskHonorNow($id: ID!) {
    honor(id: $id) {
      ...DeskHonor
      events {
        id
        action
        fromStatus
        toStatus
        actor
        at
        note
      }
    }
  }
`);

export const DeskDeclare = graphql(`
  mutation DeskDeclare($input: DeclareHonorInput!) {
    declareHonor(input: $input) {
      ...DeskHonor
    }
  }
`);

export const DeskTransition = graphql(`
  mutation DeskTransition($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      ...DeskHonor
    }
  }
`);

/** The campaign's evaluation rounds: ballots are issued and paper ballots imported for an open one. */
export const DeskRounds = graphql(`
  query DeskRounds($campaignId: ID!) {
    evaluationRounds(campaignId: $campaignId) {
      id
      name
      kind
      kindLabel
      status
      opensOn
      closesOn
    }
  }
`);

export const DeskIssueBallots = graphql(`
  mutation DeskIssueBallots($input: IssueBallotsInput!) {
    issueBallots(input: $input) {
      batchId
      count
      ballots {
        code
        url
        qrSvg
      }
    }
  }
`);

export const DeskPaperTemplate = graphql(`
  query DeskPaperTemplate($unitId: ID!, $roundId: ID!) {
    paperBallotTemplate(unitId: $unitId, roundId: $roundId) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const DeskImportPaperBallots = graphql(`
  mutation DeskImportPaperBallots($input: ImportPaperBallotsInput!) {
    importPaperBallots(input: $input) {
      applied
      ballots
      errors {
        row
        column
        cell
        message
      }
    }
  }
`);

export const DeskExportRoster = graphql(`
  query DeskExportRoster($unitId: ID!) {
    exportRoster(unitId: $unitId) {
      filename
      contentType
      contentBase64
      rows
    }
  }
`);

export const DeskImportRoster = graphql(`
  mutation DeskImportRoster($input: ImportRosterInput!) {
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

export const DeskExportLedger = graphql(`
  query DeskExportLedger($unitId: ID!, $campaignId: ID!) {
    exportLedger(unitId: $unitId, campaignId: $campaignId) {
      filename
      contentType
      contentBase64
      rows
    }
  }
`);

export const DeskImportLedger = graphql(`
  mutation DeskImportLedger($input: ImportLedgerInput!) {
    importLedger(input: $input) {
      applied
      declared
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

export const DeskSubmitLedger = graphql(`
  mutation DeskSubmitLedger($unitId: ID, $campaignId: ID!) {
    submitLedger(unitId: $unitId, campaignId: $campaignId) {
      id
      submittedOn
      onTime
      late
    }
  }
`);

/** Whether the unit's ledger is in, and on time (a UNIT_ADMIN sees its own unit only). */
export const DeskLedgerStatus = graphql(`
  query DeskLedgerStatus($campaignId: ID!) {
    ledgerSubmissions(campaignId: $campaignId) {
      dueOn
      units {
        unit {
          id
        }
        status
        onTime
        late
        submissionCount
        latest {
          submittedOn
          submittedAt
          submittedBy
        }
      }
    }
  }
`);
