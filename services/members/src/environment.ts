import { baseEnvironment, loadEnvironment, port } from '@sfxd/kit';
import { z } from 'zod';

export const membersEnvironment = baseEnvironment.extend({
  // A subgraph on its own needs a database server; `npm start` passes the embedded one's URL.
  DATABASE_URL: z.string().url(),
  MEMBERS_PORT: port(4002),
  MEMBERS_HOST: z.string().default('127.0.0.1'),
  /** The units subgraph, asked whether a unit exists and which teams it has (see directory.ts). */
  UNITS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
});

export type MembersEnvironment = z.infer<typeof membersEnvironment>;

export const readMembersEnvironment = (env: NodeJS.ProcessEnv = process.env) => loadEnvironment(membersEnvironment, env);
