import { baseEnvironment, loadEnvironment } from '@sfxd/kit';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { MIN_PEPPER_BYTES } from './ballot/ballot.code.js';

/** What the evaluations subgraph reads besides the base variables. */
export const evaluationsEnvironment = baseEnvironment.extend({
  /**
   * The key of the ballot codes' stored hashes. Unset, it is derived from SUBGRAPH_SECRET (which
   * production already requires to be secret): then changing SUBGRAPH_SECRET voids every code
   * issued before. Set it to rotate one secret without the other.
   */
  BALLOT_PEPPER: z.string().min(MIN_PEPPER_BYTES, `must be at least ${MIN_PEPPER_BYTES} characters`).optional(),
});

/** Per-service settings resolvers and services read from the context (tests change some). */
export interface EvaluationsSettings {
  /** Where the dashboard serves `/ballot/<code>`: what the printed QR codes point at. */
  publicBaseUrl: string;
  /** HMAC key of the stored ballot-code hashes. */
  ballotPepper: string;
  /** Refused ballot codes one client address may send within `guessWindowMinutes` before it is turned away. */
  guessLimit: number;
  guessWindowMinutes: number;
}

export const DEFAULT_GUESS_LIMIT = 20;
export const DEFAULT_GUESS_WINDOW_MINUTES = 15;

/** The settings from the environment (`PUBLIC_BASE_URL`, `BALLOT_PEPPER`, `SUBGRAPH_SECRET`), with `overrides` on top. */
export function evaluationsSettings(overrides: Partial<EvaluationsSettings> = {}, env: NodeJS.ProcessEnv = process.env): EvaluationsSettings {
  const values = loadEnvironment(evaluationsEnvironment, env);
  return {
    publicBaseUrl: values.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    ballotPepper: values.BALLOT_PEPPER ?? createHmac('sha256', values.SUBGRAPH_SECRET).update('sfxd ballot-code pepper').digest('hex'),
    guessLimit: DEFAULT_GUESS_LIMIT,
    guessWindowMinutes: DEFAULT_GUESS_WINDOW_MINUTES,
    ...overrides,
  };
}
