#!/usr/bin/env node
/**
 * The evaluations subgraph as a process of its own: `node services/evaluations/dist/main.js`, as a deployment
 * runs it (one or several, behind the gateway) and as `npm start` forks it. Reads DATABASE_URL,
 * SUBGRAPH_SECRET, EVALUATIONS_PORT, EVALUATIONS_HOST and the URL of each subgraph it asks (see docs/deployment.md);
 * migrates its own schema at start; drains on SIGTERM.
 */
import { runService, runSubgraph } from '@sfxd/kit';
import { evaluationsSubgraph } from './subgraph.js';

await runService('evaluations', () => runSubgraph(evaluationsSubgraph));
