import { graphql } from './gql/index.js';

// The concurrency test's own questions: each answer says just enough to be counted.

export const RaceHonorState = graphql(`
  query RaceHonorState($id: ID!) {
    honor(id: $id) {
      id
      status
      version
    }
  }
`);

export const RaceTransition = graphql(`
  mutation RaceTransition($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      id
      status
      version
      plaqueNumber
    }
  }
`);

export const RaceImportLedger = graphql(`
  mutation RaceImportLedger($input: ImportLedgerInput!) {
    importLedger(input: $input) {
      applied
      declared
      unchanged
      errors {
        row
        message
      }
    }
  }
`);

export const RacePaperTemplate = graphql(`
  query RacePaperTemplate($unitId: ID!, $roundId: ID!) {
    paperBallotTemplate(unitId: $unitId, roundId: $roundId) {
      contentBase64
      rows
    }
  }
`);

export const RaceImportPaper = graphql(`
  mutation RaceImportPaper($input: ImportPaperBallotsInput!) {
    importPaperBallots(input: $input) {
      applied
      ballots
      errors {
        row
        message
      }
    }
  }
`);

export const RaceHonorEvents = graphql(`
  query RaceHonorEvents($id: ID!) {
    honor(id: $id) {
      id
      version
      events {
        action
      }
    }
  }
`);
