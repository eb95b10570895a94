import { graphql } from './gql/index.js';

// The committee's work queue (工作台): candidacies by status with the actions the server allows,
// objections to resolve, and the proposals it makes (publicity window, plaque numbers, batches).

/** One page of a campaign's candidacies of a status (and tier, unit), with what each row needs to act. */
export const QueueHonors = graphql(`
  query QueueHonors($campaignId: ID!, $status: HonorStatus, $tier: HonorTier, $unitId: ID, $first: Int!, $after: String) {
    honors(campaignId: $campaignId, status: $status, tier: $tier, unitId: $unitId, first: $first, after: $after) {
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
          version
          declaredOn
          publicityStartsOn
          publicityEndsOn
          plaqueNumber
          batch
          namedOn
          rectificationDeadline
          overdue
          allowedActions
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
          objections {
            id
            reason
            lodgedAt
            resolved
            upheld
            finding
          }
        }
      }
    }
  }
`);

/**
 * The confirmed candidacies a naming batch takes, fifty a request (the gateway's cost limit: no
 * objections or dates here, only what naming needs).
 */
export const BulkNamingCandidates = graphql(`
  query BulkNamingCandidates($campaignId: ID!, $tier: HonorTier!, $unitId: ID, $after: String) {
    honors(campaignId: $campaignId, status: CONFIRMED, tier: $tier, unitId: $unitId, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          allowedActions
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

/** The queue's tab counts: the campaign's candidacies per status, the dashboard's own figures. */
export const QueueCounts = graphql(`
  query QueueCounts($campaignId: ID!) {
    honorCounts(campaignId: $campaignId) {
      tier
      status
      count
    }
  }
`);

/** The units to filter the queue by. */
export const QueueUnits = graphql(`
  query QueueUnits {
    units(includeExcluded: true) {
      id
      name
    }
  }
`);

/** One honor as it stands now: what the actions need, and what changed when a step was refused as stale. */
export const HonorActionState = graphql(`
  query HonorActionState($id: ID!) {
    honor(id: $id) {
      id
      tier
      status
      version
      allowedActions
      campaign {
        id
        year
      }
      objections {
        id
        reason
        lodgedAt
        resolved
        upheld
        finding
      }
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

export const QueueTransition = graphql(`
  mutation QueueTransition($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      id
      status
      version
      publicityStartsOn
      publicityEndsOn
      plaqueNumber
      batch
      rectificationDeadline
    }
  }
`);

export const QueueResolveObjection = graphql(`
  mutation QueueResolveObjection($input: ResolveObjectionInput!) {
    resolveObjection(input: $input) {
      id
      resolved
      upheld
      finding
    }
  }
`);

/** The window PUBLICIZE would open (its end in Chinese working days, computed by the honors subgraph). */
export const PublicityPreviewQuery = graphql(`
  query PublicityPreview($campaignId: ID!, $startsOn: Date) {
    campaign(id: $campaignId) {
      id
      publicityPreview(startsOn: $startsOn) {
        startsOn
        endsOn
        workingDays
        problem
        today
      }
    }
  }
`);

/** The next free plaque numbers of a tier and the batches used so far, to propose when naming. */
export const NamingProposal = graphql(`
  query NamingProposal($campaignId: ID!, $tier: HonorTier!, $count: Int!) {
    campaign(id: $campaignId) {
      id
      firstBatchBy
      nextPlaqueNumbers(tier: $tier, count: $count)
      batches
    }
  }
`);
