#!/usr/bin/env node
/**
 * The honors subgraph as a process of its own: `node services/honors/dist/main.js`, as a deployment
 * runs it (one or several, behind the gateway) and as `npm start` forks it. Reads DATABASE_URL,
 * SUBGRAPH_SECRET, HONORS_PORT, HONORS_HOST and the URL of each subgraph it asks (see docs/deployment.md);
 * migrates its own schema at start; drains on SIGTERM.
 */
import { runService, runSubgraph } from '@sfxd/kit';
import { honorsSubgraph } from './subgraph.js';

await runService('honors', () => runSubgraph(honorsSubgraph));
