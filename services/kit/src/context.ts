import type { EntityManager } from '@mikro-orm/postgresql';
import type { Answers } from './answers.js';
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
  /**
   * The client's address as the gateway saw it (signed into its credential), for per-client abuse
   * limits; null for peer lookups and calls that name none. Never an identity: NAT puts many
   * offices behind one address.
   */
  clientAddress: string | null;
  /** Analytics answers of this subgraph, shared by its requests for a few seconds and emptied by every write. */
  answers: Answers;
  /** How long one spreadsheet import may take, so that it answers before the gateway's deadline (importTurn reads it). */
  importBudgetMs: number;
}
