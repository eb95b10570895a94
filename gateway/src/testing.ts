import { composeServices } from '@apollo/composition';
import { createLogger } from '@sfxd/kit';
import { parse } from 'graphql';
import { createGateway, type GatewayOptions } from './server.js';

/** A subgraph of a gateway test: its name, its SDL, and the URL (or one per process) the gateway calls. */
export interface TestSubgraph {
  name: string;
  typeDefs: string;
  urls: string | string[];
}

/**
 * A quiet gateway listening on a free port over a supergraph composed from the tests' own
 * subgraphs (their first URL composed in), with the given secrets and options.
 */
export async function composedGateway(subgraphs: readonly TestSubgraph[], options: Omit<GatewayOptions, 'subgraphUrls' | 'supergraphSdl'>) {
  const first = (urls: string | string[]) => (typeof urls === 'string' ? urls : urls[0]!);
  const composed = composeServices(subgraphs.map((s) => ({ name: s.name, url: first(s.urls), typeDefs: parse(s.typeDefs) })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.urls])),
    supergraphSdl: composed.supergraphSdl,
    logger: createLogger('gateway', 'silent'),
    ...options,
  });
  return { gateway, running: await gateway.listen(0) };
}
