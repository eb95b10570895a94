import { businessToday } from '@sfxd/kit';
import { CRITERIA, type HonorTier } from '../criteria/criteria.names.js';

/** The operations the package's tests send, and helpers to fill them. */
export const CREATE_ROUND = `mutation($input: CreateEvaluationRoundInput!) { createEvaluationRound(input: $input) { id version status weights { masses peers leaders } } }`;
export const ISSUE = `mutation($input: IssueBallotsInput!) { issueBallots(input: $input) {
  batchId evaluatorKind count round { id } unit { id } ballots { code url qrSvg evaluator { id } } sheet { filename contentType contentBase64 }
} }`;
export const SUBMIT = `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) {
  id tier evaluatorKind source comment submittedAt supersededAt scores { criterion score }
  subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } ... on Industry { id } }
} }`;

const today = businessToday();
/** A date `days` from today (Beijing), for rounds open now, later or earlier. */
export const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Scores for every criterion of a tier, in order (the last value repeats for a longer tier). */
export const scoresOf = (tier: HonorTier, values: readonly number[]) => CRITERIA[tier].map((criterion, i) => ({ criterion, score: values[Math.min(i, values.length - 1)] }));
