import { withIndexesBuiltAtEnd, withKeysCheckedAtEnd } from '@sfxd/kit';
import { startTestOrm, type TestOrm } from '@sfxd/kit/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
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

  const TRUNCATE = `truncate evaluations.evaluation_score, evaluations.evaluation, evaluations.ballot, evaluations.subject, evaluations.round cascade`;
  /** The schema's indexes and constraints as PostgreSQL prints them, with each index's object id (new when an index is made again). */
  const catalog = async () => {
    const indexes = await t.sql<{ table: string; name: string; def: string; oid: number }>(`
      select tablename as table, indexname as name, indexdef as def, (quote_ident(schemaname) || '.' || quote_ident(indexname))::regclass::oid::int as oid
      from pg_indexes where schemaname = 'evaluations' order by tablename, indexname`);
    const constraints = await t.sql<{ table: string; name: string; def: string }>(`
      select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def
      from pg_constraint where connamespace = 'evaluations'::regnamespace order by 1, 2`);
    return { definitions: { indexes: indexes.map(({ oid: _, ...i }) => i), constraints }, oids: Object.fromEntries(indexes.map((i) => [i.name, i.oid])) };
  };
  const LOADED = ['subject', 'ballot', 'evaluation', 'evaluation_score'];

  it('builds the indexes of the tables it fills once they are full, each made again from its own definition, so that the schema is the one the migrations made', async () => {
    await t.sql(TRUNCATE);
    const before = await catalog();
    const loaded = before.definitions.indexes.filter((i) => LOADED.includes(i.table));
    // Plain, partial, unique, covering, primary-key and unique-constraint indexes are all among them.
    expect(loaded.map((i) => i.name)).toEqual(expect.arrayContaining([
      'evaluation_peer_uq', 'evaluation_round_honor_idx', 'evaluation_score_evaluation_idx', 'evaluation_score_pkey', 'ballot_code_hash_key', 'subject_pkey',
    ]));
    const data = generateSeed(SCALES.tiny);
    await insertEvaluationsSeed(t.db.orm, [...streamEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER }, 50)]);
    const after = await catalog();
    expect(after.definitions).toEqual(before.definitions);
    for (const index of loaded) {
      // A foreign key leans on the evaluation's primary key: that one is kept up row by row.
      if (index.name === 'evaluation_pkey') expect(after.oids[index.name], index.name).toBe(before.oids[index.name]);
      else expect(after.oids[index.name], index.name).not.toBe(before.oids[index.name]);
    }
    // Tables the load does not fill keep theirs.
    for (const name of ['round_pkey', 'round_campaign_idx']) expect(after.oids[name]).toBe(before.oids[name]);
  });

  it('refuses a load that breaks a unique index once it is built again, leaving no row and every index as it was', async () => {
    await t.sql(TRUNCATE);
    const before = await catalog();
    const data = generateSeed(SCALES.tiny);
    const parts = [...streamEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER }, 50)];
    const peer = parts.flatMap((p) => p.evaluations).find((e) => e.evaluatorKind === 'PEERS')!;
    // The same peer judging the same subject twice in a round: nothing checks it while the index is away.
    parts.at(-1)!.evaluations.push({ ...peer, id: randomUUID() });
    await expect(insertEvaluationsSeed(t.db.orm, parts)).rejects.toThrow(/evaluation_peer_uq/);
    expect(await t.sql(`select (select count(*)::int from evaluations.evaluation) as evaluations, (select count(*)::int from evaluations.ballot) as ballots`))
      .toEqual([{ evaluations: 0, ballots: 0 }]);
    expect(await catalog()).toEqual(before);
  });

  it('keeps the indexes up row by row when a table already holds rows, or when the session’s user may not drop them', async () => {
    await t.sql(TRUNCATE);
    const data = generateSeed(SCALES.tiny);
    const seed = generateEvaluationsSeed(data, generateHonorsSeed(data), { pepper: PEPPER });
    const indexesOf = (tx: EntityManager) =>
      tx.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from pg_indexes where schemaname = 'evaluations' and tablename = 'evaluation'`, [], 'all', tx.getTransactionContext());
    const present = (await t.sql(`select count(*)::int as n from pg_indexes where schemaname = 'evaluations' and tablename = 'evaluation'`))[0].n as number;
    // A round and one of its ballots already there: the ballots' table is not empty.
    await insertEvaluationsSeedPart(t.db.orm.em.fork(), { ...seed, subjects: [], evaluations: [], ballots: seed.ballots.slice(0, 1) });
    const before = await catalog();
    const built = await t.db.orm.em.fork().transactional(async (tx) => withIndexesBuiltAtEnd(tx, 'evaluations', LOADED, async () => {
      expect((await indexesOf(tx))[0]!.n).toBe(present);
      await insertEvaluationsSeedPart(tx, { ...seed, rounds: [], ballots: seed.ballots.slice(1) });
    }));
    expect(built).toBe(false);
    expect(await catalog()).toEqual(before);

    await t.sql(TRUNCATE);
    const beforeAsService = await catalog();
    const builtAsService = await t.db.orm.em.fork().transactional(async (tx) => {
      // The session as the service's role, which is no superuser, as a server PostgreSQL's own user may be.
      await tx.getConnection().execute(`set local session authorization "${t.db.role}"`, [], 'run', tx.getTransactionContext());
      return withIndexesBuiltAtEnd(tx, 'evaluations', LOADED, async () => {
        expect((await indexesOf(tx))[0]!.n).toBe(present);
        await insertEvaluationsSeedPart(tx, seed);
      });
    });
    expect(builtAsService).toBe(false);
    expect(await catalog()).toEqual(beforeAsService);
    expect((await t.sql(`select count(*)::int as n from evaluations.evaluation`))[0].n).toBe(seed.evaluations.length);
  });
});

