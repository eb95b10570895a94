import { byIdLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_CRITERIA } from './criteria/criteria.names.js';
import { EvaluationRepository } from './evaluation/evaluation.repository.js';
import { RoundRepository } from './round/round.repository.js';
import type { EvaluationsSettings } from './settings.js';

const ORDER = new Map(ALL_CRITERIA.map((c, i) => [c, i]));

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager, settings: EvaluationsSettings) {
  const rounds = new RoundRepository(em);
  const evaluations = new EvaluationRepository(em);
  return {
    /** Not a loader: the service's settings, handed to each request with them. */
    settings,
    round: byIdLoader((ids) => rounds.byIds(ids)),
    evaluation: byIdLoader((ids) => evaluations.byIds(ids)),
    /** An evaluation's scores in its tier's order of criteria. */
    scoresOf: groupLoader(
      async (ids) => (await evaluations.scoresOf(ids)).sort((a, b) => ORDER.get(a.criterion)! - ORDER.get(b.criterion)!),
      (s) => s.evaluationId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
