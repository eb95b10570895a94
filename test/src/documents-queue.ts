import { graphql } from './gql/index.js';

// What the work-queue browser test asks the gateway, to compare with what the pages show.

export const QueueHonorState = graphql(`
  query QueueHonorState($id: ID!) {
    honor(id: $id) {
      id
      status
      version
      allowedActions
      publicityStartsOn
      publicityEndsOn
      plaqueNumber
      batch
      rectificationDeadline
      events {
        action
        note
        actor
      }
      objections {
        id
        resolved
        upheld
        finding
      }
    }
  }
`);

export const QueueProposals = graphql(`
  query QueueProposals($campaignId: ID!, $startsOn: Date) {
    campaign(id: $campaignId) {
      publicityPreview(startsOn: $startsOn) {
        startsOn
        endsOn
        problem
      }
      nextPlaqueNumbers(tier: POST, count: 3)
    }
  }
`);

export const QueueFigures = graphql(`
  query QueueFigures($campaignId: ID!) {
    honorCounts(campaignId: $campaignId) {
      tier
      status
      count
    }
    managementActions(campaignId: $campaignId) {
      action
      count
    }
  }
`);
