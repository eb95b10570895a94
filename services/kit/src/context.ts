import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './auth.js';
import type { Peers } from './client.js';
import type { Logger } from './logger.js';

/** What every resolver receives: one forked EntityManager and one set of DataLoaders per request. */
export interface RequestContext<L = unknown> {
  caller: Caller | null;
  em: EntityManager;
  loaders: L;
  /** The other subgraphs this one asks (see SubgraphDescriptor.asks). */
  peers: Peers;
  log: Logger;
  requestId: string;
}
