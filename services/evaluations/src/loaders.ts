import { argsLoader, byIdLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_CRITERIA } from './criteria/criteria.names.js';
import { EvaluationRepository } from './evaluation/evaluation.repository.js';
import { RoundRepository } from './round/round.repository.js';
import type { EvaluationsSettings } from './settings.js';
import { SummaryRepository, type StoredSummary, type SummaryKey } from './summary/summary.repository.js';

const ORDER = new Map(ALL_CRITERIA.map((c, i) => [c, i]));

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager, settings: EvaluationsSettings) {
  const rounds = new RoundRepository(em);
  const evaluations = new EvaluationRepository(em);
  const summaries = new SummaryRepository(em);
  const round = byIdLoader((ids) => rounds.byIds(ids));
  return {
    /** Not a loader: the service's settings, handed to each request with them. */
    settings,
    round,
    evaluation: byIdLoader((ids) => evaluations.byIds(ids)),
    /** An evaluation's scores in its tier's order of criteria. */
    scoresOf: groupLoader(
      async (ids) => (await evaluations.scoresOf(ids)).sort((a, b) => ORDER.get(a.criterion)! - ORDER.get(b.criterion)!),
      (s) => s.evaluationId,
    ),
    /** Summaries of many subjects (or candidacies) of a round: the round in one statement, the summaries in one more. */
    summary: argsLoader<{ roundId: string; key: SummaryKey }, StoredSummary | null>(async ({ roundId, key }, ids) => {
      const found = await round.load(roundId);
      return found ? summaries.summaries(roundId, found.rules(), key, ids) : new Map();
    }, () => null),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
