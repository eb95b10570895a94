import { graphql } from './gql/index.js';

// The public ballot page's operations (/ballot/<code>), always sent without a token: the code on
// the paper is the only credential. Typed by codegen from schema/api.graphql.

/** What a ballot code may score: its round, kind, unit, and each subject with its criteria. */
export const BallotFormOfCode = graphql(`
  query BallotFormOfCode($code: String!) {
    ballot(code: $code) {
      code
      evaluatorKind
      evaluatorKindName
      unitName
      round {
        id
        name
        kind
        kindName
        opensOn
        closesOn
        status
        open
      }
      subjects {
        id
        tier
        tierName
        name
        unitName
        evaluated
        criteria {
          criterion
          name
          nameEn
          hint
          hintEn
          minScore
          maxScore
        }
      }
    }
  }
`);

/** One evaluation with the ballot's code. */
export const SubmitBallotEvaluation = graphql(`
  mutation SubmitBallotEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      id
      submittedAt
    }
  }
`);
