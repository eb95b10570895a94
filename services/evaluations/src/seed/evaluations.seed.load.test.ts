import { withKeysCheckedAtEnd } from '@sfxd/kit';
import { startTestOrm, type TestOrm } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { generateHonorsSeed } from '@sfxd/honors';
import { SCALES, generateSeed } from '@sfxd/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashBallotCode } from '../ballot/ballot.code.js';
import { evaluationsSubgraph } from '../subgraph.js';
import { insertEvaluationsSeed, insertEvaluationsSeedPart, loadEvaluationsSeed } from './evaluations.seed.load.js';
import { generateEvaluationsSeed, streamEvaluationsSeed, type EvaluationsSeed } from './evaluations.seed.js';

const PEPPER = 'the-running-service-pepper';
let t: TestOrm;

beforeAll(async () => {
  t = await startTestOrm(evaluationsSubgraph);
});

afterAll(async () => {
  await t?.close();
});

describe('loading the evaluations demo data', () => {
  it('stores every round, subject, ballot, evaluation and score, hashed with the service’s pepper, once, and never over existing data', async () => {
    const data = generateSeed(SCALES.tiny);
    const expected = generateEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER });
    expect(await loadEvaluationsSeed(t.db.orm, data, PEPPER)).toBe(true);
    const counts = await t.sql(`select
      (select count(*)::int from evaluations.round) as rounds, (select count(*)::int from evaluations.subject) as subjects,
      (select count(*)::int from evaluations.ballot) as ballots, (select count(*)::int from evaluations.evaluation) as evaluations,
      (select count(*)::int from evaluations.evaluation_score) as scores`);
    expect(counts[0]).toEqual({
      rounds: expected.rounds.length, subjects: expected.subjects.length, ballots: expected.ballots.length, evaluations: expected.evaluations.length,
      scores: expected.evaluations.reduce((n, e) => n + e.scores.length, 0),
    });
    const unused = expected.ballots.find((b) => b.kind === 'MASSES' && !b.usedAt)!;
    expect((await t.sql(`select used_at from evaluations.ballot where code_hash = $1`, [hashBallotCode(unused.code, PEPPER)]))).toEqual([{ used_at: null }]);
    const tiers = await t.sql(`select tiers from evaluations.round where id = $1`, [expected.rounds[0]!.id]);
    expect(tiers[0].tiers).toEqual(expected.rounds[0]!.tiers);
    expect(await loadEvaluationsSeed(t.db.orm, data, PEPPER)).toBe(false);
    expect((await t.sql(`select count(*)::int as n from evaluations.evaluation`))[0].n).toBe(expected.evaluations.length);
  });

  it('writes text with tabs, line breaks and backslashes as it was, and writes nothing at all when one row of one part is refused', async () => {
    await t.sql(`truncate evaluations.evaluation_score, evaluations.evaluation, evaluations.ballot, evaluations.subject, evaluations.round cascade`);
    const data = generateSeed(SCALES.tiny);
    const parts = [...streamEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER }, 50)];
    const tricky = 'a\tb\nc\\N d\\ e\r 好';
    parts[0]!.evaluations[0]!.comment = tricky;
    await insertEvaluationsSeed(t.db.orm, parts);
    const id = parts[0]!.evaluations[0]!.id;
    expect(await t.sql(`select comment from evaluations.evaluation where id = $1`, [id])).toEqual([{ comment: tricky }]);

    await t.sql(`truncate evaluations.evaluation_score, evaluations.evaluation, evaluations.ballot, evaluations.subject, evaluations.round cascade`);
    const last = parts.at(-1)!.evaluations.at(-1) ?? parts.findLast((p) => p.evaluations.length > 0)!.evaluations.at(-1)!;
    last.scores[0]!.score = 101;
    await expect(insertEvaluationsSeed(t.db.orm, parts)).rejects.toThrow();
    expect(await t.sql(`select (select count(*)::int from evaluations.round) as rounds, (select count(*)::int from evaluations.evaluation) as evaluations`))
      .toEqual([{ rounds: 0, evaluations: 0 }]);
  });

  it('checks the foreign keys once the rows are written, and refuses the whole load when one row points at a round never written', async () => {
    await t.sql(`truncate evaluations.evaluation_score, evaluations.evaluation, evaluations.ballot, evaluations.subject, evaluations.round cascade`);
    const data = generateSeed(SCALES.tiny);
    const parts = [...streamEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER }, 50)];
    parts.at(-1)!.ballots.push({ ...parts.flatMap((p) => p.ballots)[0]!, id: randomUUID(), codeHash: 'f'.repeat(64), roundId: randomUUID() });
    await expect(insertEvaluationsSeed(t.db.orm, parts)).rejects.toThrow(/1 rows break the foreign key ballot_round_id_fkey/);
    expect(await t.sql(`select (select count(*)::int from evaluations.round) as rounds, (select count(*)::int from evaluations.ballot) as ballots`))
      .toEqual([{ rounds: 0, ballots: 0 }]);
  });

  it('lets a row be written before the row its key names within one load, as the service’s own role', async () => {
    await t.sql(`truncate evaluations.evaluation_score, evaluations.evaluation, evaluations.ballot, evaluations.subject, evaluations.round cascade`);
    const data = generateSeed(SCALES.tiny);
    const seed = generateEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER });
    const e = seed.evaluations.find((x) => x.scores.length === 4)!;
    const [first, ...rest] = e.scores;
    const checkedAtEnd = await t.db.orm.em.fork().transactional((tx) => withKeysCheckedAtEnd(tx, 'evaluations', async () => {
      const run = (sql: string) => tx.getConnection().execute<{ r: string }[]>(sql, [], 'all', tx.getTransactionContext());
      expect((await run('select current_user as r'))[0]!.r).toBe(t.db.role);
      // The score before its evaluation: checked row by row, PostgreSQL would refuse it here.
      await run(`insert into evaluations.evaluation_score (evaluation_id, criterion, score) values ('${e.id}', '${first!.criterion}', ${first!.score})`);
      await insertEvaluationsSeedPart(tx, { asOf: seed.asOf, rounds: seed.rounds.filter((r) => r.id === e.roundId), subjects: [], ballots: [], evaluations: [{ ...e, scores: rest }] });
    }));
    expect(checkedAtEnd).toBe(true);
    expect(await t.sql(`select count(*)::int as n from evaluations.evaluation_score where evaluation_id = $1`, [e.id])).toEqual([{ n: 4 }]);
  });
});
