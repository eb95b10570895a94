// The evaluations subgraph's domain rules: pure functions, no database, no HTTP.
export type { Problem } from './problem.js';
export {
  ALL_CRITERIA, CRITERIA, CRITERION_LABELS, EVALUATOR_KINDS, EVALUATOR_KIND_LABELS, HONOR_TIERS, ROUND_EVALUATOR_KINDS, ROUND_KINDS,
  ROUND_KIND_LABELS, TIER_LABELS, TIER_THEMES, criteriaOf, isCriterion, isEvaluatorKind, isHonorTier, isRoundKind, roundAdmits, tierOf,
  type Criterion, type CriterionLabel, type EvaluatorKind, type HonorTier, type Label, type RoundKind,
} from './criteria/criteria.names.js';
export {
  COMMENT_MAX, MAX_SCORE, MAX_SCORE_ENTRIES, MIN_SCORE, checkComment, checkScores, normalizeComment, type ScoreInput,
} from './scores/scores.check.js';
export { WEIGHT_KEYS, WEIGHT_SUM_TOLERANCE, checkWeights, type EvaluationWeights } from './summary/summary.check.js';
export {
  GRADES, GRADE_FLOORS, GRADE_LABELS, RATE_PLACES, SATISFIED_MEAN, SCORE_PLACES, expectedKinds, gradeOf, isSatisfied, scoreSum, summarize,
  type CriterionSummary, type EvaluationScores, type EvaluationSummary, type Grade, type KindSummary, type RoundRules, type Satisfaction,
} from './summary/summary.rules.js';
export {
  BALLOT_ALPHABET, BALLOT_CODE_BITS, BALLOT_CODE_LENGTH, BALLOT_DATA_LENGTH, BALLOT_GROUP, MAX_BALLOTS_PER_CALL, MIN_PEPPER_BYTES,
  ballotCheckCharacter, checkBallotCode, formatBallotCode, generateBallotCode, generateBallotCodes, hashBallotCode, isWellFormedBallotCode,
  normalizeBallotCode,
} from './ballot/ballot.code.js';
export { SCORE_BUCKETS, bucketIndex, scoreHistogram, type KindHistogram, type ScoreBucket } from './histogram/histogram.rules.js';

// The subgraph itself (port 4003, schema `evaluations`), built on the rules above.
export { evaluationsSubgraph, evaluationsSubgraphWith } from './subgraph.js';
export { evaluationsSettings, type EvaluationsSettings } from './settings.js';

// The demo data (rounds, subjects, evaluations, ballots of 2015 and 2016), generated from @sfxd/seed and the honors demo.
export {
  COMMITTEE_ACTOR, COMMITTEE_LEADERS, DEMO_BALLOT_PEPPER, PERIODIC_ROUNDS, SUBJECT_KIND_OF_TIER, generateEvaluationsSeed, streamEvaluationsSeed, unitAdminActor,
  unitSecretaryActor, type EvaluationsSeed, type EvaluationsSeedOptions, type SeedBallot, type SeedEvaluation, type SeedRound,
  type SeedRoundStatus, type SeedRoundSubject, type SeedSubjectKind,
} from './seed/evaluations.seed.js';
export { insertEvaluationsSeed, loadEvaluationsSeed } from './seed/evaluations.seed.load.js';
