import { baseEnvironment, loadEnvironment, port } from '@sfxd/kit';
import { z } from 'zod';

export const unitsEnvironment = baseEnvironment.extend({
  // A subgraph on its own needs a database server; `npm start` passes the embedded one's URL.
  DATABASE_URL: z.string().url(),
  UNITS_PORT: port(4001),
  UNITS_HOST: z.string().default('127.0.0.1'),
});

export type UnitsEnvironment = z.infer<typeof unitsEnvironment>;

export const readUnitsEnvironment = (env: NodeJS.ProcessEnv = process.env) => loadEnvironment(unitsEnvironment, env);
