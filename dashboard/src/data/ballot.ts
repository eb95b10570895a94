import { BallotFormOfCode, SubmitBallotEvaluation } from '../api/ballot.documents.js';
import { request } from '../api/client.js';
import type { BallotFormOfCodeQuery, SubmitBallotEvaluationMutation } from '../api/gql/graphql.js';

// The ballot page's questions, always asked without a token (a signed-in reader's token is no
// business of a mass review, and would make the evaluation look like theirs).

export type BallotFormData = BallotFormOfCodeQuery['ballot'];
export type BallotSubjectData = BallotFormData['subjects'][number];
export type BallotReceipt = SubmitBallotEvaluationMutation['submitEvaluation'];

export async function ballotForm(code: string): Promise<BallotFormData> {
  return (await request(BallotFormOfCode, { code }, { anonymous: true })).ballot;
}

export async function submitBallot(input: {
  code: string;
  roundId: string;
  subjectId: string;
  evaluatorKind: BallotFormData['evaluatorKind'];
  scores: { criterion: BallotSubjectData['criteria'][number]['criterion']; score: number }[];
  comment: string | null;
}): Promise<BallotReceipt> {
  const { code, ...rest } = input;
  return (await request(SubmitBallotEvaluation, { input: { ...rest, ballotCode: code } }, { anonymous: true })).submitEvaluation;
}
