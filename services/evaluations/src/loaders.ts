import { byIdLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RoundRepository } from './round/round.repository.js';
import type { EvaluationsSettings } from './settings.js';

/** Batching only: one statement per batch, however many rows a request touches. */
export function createLoaders(em: EntityManager, settings: EvaluationsSettings) {
  const rounds = new RoundRepository(em);
  return {
    /** Not a loader: the service's settings, handed to each request with them. */
    settings,
    round: byIdLoader((ids) => rounds.byIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
