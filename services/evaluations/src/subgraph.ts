import { AuditEvent, VersionedRecord, buildFederatedSchema, type SubgraphDescriptor } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { SCHEMA } from './database-schema.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './references.js';
import { EvaluationRound } from './round/round.entity.js';
import { RoundResolver } from './round/round.resolver.js';
import { BallotResolver } from './ballot/ballot.resolver.js';
import { BallotFormResolver } from './ballot/ballot-form.resolver.js';
import { Evaluation, EvaluationScore } from './evaluation/evaluation.entity.js';
import { EvaluationResolver } from './evaluation/evaluation.resolver.js';
import {
  EvaluationSummaryResolver, HonorSummaryResolver, IndustrySummaryResolver, MemberSummaryResolver, TeamSummaryResolver, UnitSummaryResolver,
} from './summary/summary.resolver.js';
import { evaluationsSettings, type EvaluationsSettings } from './settings.js';
import { Honor } from './subject/subject.stubs.js';
import { PaperResolver } from './paper/paper.resolver.js';
import { PeerProgressResolver, ProgressResolver } from './progress/progress.resolver.js';
import { HonorSignalResolver, SignalsResolver } from './signals/signals.resolver.js';
import { TrendPointResolver, TrendResolver, UnitEvaluationScoreResolver } from './trend/trend.resolver.js';
import { loadEvaluationsSeed } from './seed/evaluations.seed.load.js';

/**
 * The evaluations subgraph: rounds, ballots, evaluations by the masses, peers and leaders,
 * summaries and trends. `settings` change what the environment would (a test's guessing limit).
 */
export function evaluationsSubgraphWith(overrides: Partial<EvaluationsSettings> = {}): SubgraphDescriptor<Loaders, SeedData> {
  let settings: EvaluationsSettings | undefined;
  // Read when the subgraph starts, not when this module loads: a process that never starts it needs none of its variables.
  const current = () => (settings ??= evaluationsSettings(overrides));
  return {
    name: SCHEMA,
    defaultPort: 4003,
    summary: '`EvaluationRound`, `Evaluation`: rounds of a campaign (weights copied from it), one-time ballot codes with QR sheets, evaluations by the masses and peers (codes, no account) and leaders, paper ballots (XLSX); adds `evaluationSummary(roundId)` to `Member`, `Team`, `Unit`, `Industry` and `Honor`; `evaluationTrend`, `evaluationHistogram`, `evaluationUnitRanking`, `evaluationCriteria`, `evaluationProgress`, `evaluationSignals`',
    buildSchema: () => {
      current();
      return buildFederatedSchema({ resolvers: [
        RoundResolver, BallotResolver, BallotFormResolver, EvaluationResolver, EvaluationSummaryResolver, MemberSummaryResolver, TeamSummaryResolver, UnitSummaryResolver,
        IndustrySummaryResolver, HonorSummaryResolver, TrendResolver, TrendPointResolver, UnitEvaluationScoreResolver,
        SignalsResolver, HonorSignalResolver, ProgressResolver, PeerProgressResolver, PaperResolver,
      ],
      // Referenced by nothing here but the gateway's entity calls: Honor.evaluationSummary.
      orphanedTypes: [Honor] }, referenceResolvers);
    },
    entities: [VersionedRecord, EvaluationRound, Evaluation, EvaluationScore, AuditEvent],
    migrations,
    createLoaders: (em) => createLoaders(em, current()),
    // Campaigns (weights) from honors; what a subject is, its unit and industry, from its owner.
    asks: ['units', 'members', 'honors'],
    seed: (orm, data) => loadEvaluationsSeed(orm, data, current().ballotPepper),
  };
}

export const evaluationsSubgraph = evaluationsSubgraphWith();
