import { generateHonorsSeed } from '@sfxd/honors';
import { bulkInsert, copyRows, withIndexesBuiltAtEnd, withKeysCheckedAtEnd, type Orm } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedData } from '@sfxd/seed';
import { SCHEMA } from '../database-schema.js';
import { streamEvaluationsSeed, type EvaluationsSeed, type SeedEvaluation } from './evaluations.seed.js';

/**
 * Loads the demo rounds of 2015 and 2016 — subjects, evaluations with their scores, and ballots —
 * generated from the same seed's directory, members and honors demo, into an empty evaluations
 * schema, in one transaction: generated a part at a time and each part written with COPY, so that
 * the province's millions of evaluations are never all in memory. The ballots' hashes are made with
 * the running service's pepper, so the unused demo codes work. Does nothing when any round exists,
 * so users' data is never overwritten. Returns whether it loaded.
 */
export async function loadEvaluationsSeed(orm: Orm, data: SeedData, pepper: string): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: boolean }[]>(`select exists (select 1 from "${SCHEMA}"."round") as n`);
  if (existing[0]!.n) return false;
  await insertEvaluationsSeed(orm, streamEvaluationsSeed(data, generateHonorsSeed(data), { pepper }, PART_SIZE));
  return true;
}

/** Writes a generated demo, whole or in parts (`streamEvaluationsSeed`), in one transaction. */
/** Evaluations and ballots per part: small enough that generating one blocks the event loop only briefly. */
const PART_SIZE = 2_000;
/** Parts generated and waiting to be written, at most. */
const PARTS_AHEAD = 3;
/** The tables the demo fills by the million (and the ballots and subjects beside them), whose indexes are built once they are full. */
const BUILT_AT_END = ['subject', 'ballot', 'evaluation', 'evaluation_score'];

export async function insertEvaluationsSeed(orm: Orm, seed: EvaluationsSeed | Iterable<EvaluationsSeed>): Promise<void> {
  const parts: Iterable<EvaluationsSeed> = Symbol.iterator in seed ? seed : [seed];
  // Checking each score's evaluation as it is written was half of PostgreSQL's work: checked once at
  // the end. Of the rest, most went to putting each row into each index of its table: built at the end.
  await orm.em.fork().transactional((tx) => withKeysCheckedAtEnd(tx, SCHEMA, () => withIndexesBuiltAtEnd(tx, SCHEMA, BUILT_AT_END, async () => {
    // The next parts are generated while PostgreSQL writes one, on the other core, a few ahead so
    // that neither waits long (with the keys and indexes left to the end, generating is the slower).
    const ready: EvaluationsSeed[] = [];
    let generated = false;
    let stopped = false;
    let wakeWriter: (() => void) | null = null;
    let wakeMaker: (() => void) | null = null;
    const wake = (which: 'writer' | 'maker') => {
      const resolve = which === 'writer' ? wakeWriter : wakeMaker;
      if (which === 'writer') wakeWriter = null;
      else wakeMaker = null;
      resolve?.();
    };
    const making = (async () => {
      try {
        for (const part of parts) {
          ready.push(part);
          wake('writer');
          // A turn of the event loop after each part lets the writer hand its bytes to the socket.
          await new Promise<void>((resolve) => setImmediate(resolve));
          while (ready.length >= PARTS_AHEAD && !stopped) await new Promise<void>((resolve) => (wakeMaker = resolve));
          if (stopped) return;
        }
      } finally {
        generated = true;
        wake('writer');
      }
    })();
    try {
      for (;;) {
        const part = ready.shift();
        if (part) {
          wake('maker');
          await insertEvaluationsSeedPart(tx, part);
        } else if (generated) break;
        else await new Promise<void>((resolve) => (wakeWriter = resolve));
      }
    } catch (error) {
      stopped = true;
      wake('maker');
      await making.catch(() => undefined);
      throw error;
    }
    await making;
  })));
}

/** One part's rows, in `tx`'s transaction. */
export async function insertEvaluationsSeedPart(tx: EntityManager, seed: EvaluationsSeed): Promise<void> {
  if (seed.rounds.length > 0) {
    // Few rows, and `tiers` is an array, which bulkInsert's JSON parameter carries.
    await bulkInsert(
      tx, SCHEMA, 'round',
      ['id', 'campaign_id', 'campaign_year', 'name', 'kind', 'opens_on', 'closes_on', 'tiers', 'weight_masses', 'weight_peers', 'weight_leaders',
        'closed_at', 'closed_by', 'created_by', 'version', 'created_at', 'updated_at'],
      seed.rounds.map((r) => [
        r.id, r.campaignId, r.campaignYear, r.name, r.kind, r.opensOn, r.closesOn, r.tiers, r.weights.masses, r.weights.peers, r.weights.leaders,
        r.closedAt, r.closedBy, r.createdBy, r.closedAt ? 2 : 1, r.createdAt, r.closedAt ?? r.createdAt,
      ]),
    );
  }
  if (seed.subjects.length > 0) {
    await copyRows(
      tx, SCHEMA, 'subject',
      ['round_id', 'subject_id', 'subject_kind', 'tier', 'unit_id', 'industry_id', 'honor_id', 'registered_at'],
      seed.subjects.map((s) => [s.roundId, s.subjectId, s.subjectKind, s.tier, s.unitId, s.industryId, s.honorId, s.registeredAt]),
    );
  }
  if (seed.ballots.length > 0) {
    await copyRows(
      tx, SCHEMA, 'ballot',
      ['id', 'round_id', 'unit_id', 'industry_id', 'kind', 'code_hash', 'evaluator_member_id', 'batch_id', 'issued_at', 'issued_by', 'used_at'],
      seed.ballots.map((b) => [b.id, b.roundId, b.unitId, b.industryId, b.kind, b.codeHash, b.evaluatorMemberId, b.batchId, b.issuedAt, b.issuedBy, b.usedAt]),
    );
  }
  if (seed.evaluations.length > 0) {
    await copyRows(
      tx, SCHEMA, 'evaluation',
      ['id', 'round_id', 'subject_id', 'subject_kind', 'tier', 'unit_id', 'industry_id', 'honor_id', 'kind', 'source', 'evaluator_member_id', 'evaluator_sub',
        'score_sum', 'criteria_count', 'comment', 'submitted_at'],
      seed.evaluations.map((e) => [
        e.id, e.roundId, e.subjectId, e.subjectKind, e.tier, e.unitId, e.industryId, e.honorId, e.evaluatorKind, 'ONLINE', e.evaluatorMemberId, e.evaluatorSub,
        e.scores.reduce((sum, s) => sum + s.score, 0), e.scores.length, e.comment, e.submittedAt,
      ]),
    );
    await copyRows(tx, SCHEMA, 'evaluation_score', ['evaluation_id', 'criterion', 'score'], scoreRows(seed.evaluations));
  }
}

function* scoreRows(evaluations: readonly SeedEvaluation[]): Generator<unknown[]> {
  for (const e of evaluations) for (const s of e.scores) yield [e.id, s.criterion, s.score];
}
