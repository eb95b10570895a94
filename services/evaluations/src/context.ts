import type { RequestContext } from '@sfxd/kit';
import type { Loaders } from './loaders.js';

/** What every resolver of this subgraph receives. */
export type Context = RequestContext<Loaders>;
