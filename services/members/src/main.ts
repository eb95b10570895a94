#!/usr/bin/env node
/**
 * The members subgraph as a process of its own: `node services/members/dist/main.js`, as a deployment
 * runs it (one or several, behind the gateway) and as `npm start` forks it. Reads DATABASE_URL,
 * SUBGRAPH_SECRET, MEMBERS_PORT, MEMBERS_HOST and the URL of each subgraph it asks (see docs/deployment.md);
 * migrates its own schema at start; drains on SIGTERM.
 */
import { runService, runSubgraph } from '@sfxd/kit';
import { membersSubgraph } from './subgraph.js';

await runService('members', () => runSubgraph(membersSubgraph));
