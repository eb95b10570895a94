import { request } from '../api/client.js';
import { HonorRollOfYear, LodgeObjection, PlaqueRecord } from '../api/documents.js';
import type { HonorRollOfYearQuery, LodgeObjectionMutation, PlaqueRecordQuery } from '../api/gql/graphql.js';

// The public pages' questions, always asked without a token: what anyone sees, signed in or not.

export type PlaqueRecordData = NonNullable<PlaqueRecordQuery['plaque']>;
export type HonorRollData = NonNullable<HonorRollOfYearQuery['honorRoll']>;
export type ObjectionReceipt = LodgeObjectionMutation['lodgeObjection'];

/** The plaque's public record; null for a code that names no plaque. */
export async function plaqueRecord(code: string): Promise<PlaqueRecordData | null> {
  return (await request(PlaqueRecord, { code }, { anonymous: true })).plaque ?? null;
}

/** The year's honor roll; null for a year without a campaign. */
export async function honorRoll(year: number): Promise<HonorRollData | null> {
  return (await request(HonorRollOfYear, { year }, { anonymous: true })).honorRoll ?? null;
}

export async function lodgeObjection(input: { honorId: string; reason: string; contact: string | null }): Promise<ObjectionReceipt> {
  return (await request(LodgeObjection, { input }, { anonymous: true })).lodgeObjection;
}
