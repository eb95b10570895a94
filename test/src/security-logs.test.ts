import { createLogger, loggableError } from '@sfxd/kit';
import { sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateMember } from './documents.js';
import { ADMIN, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

/**
 * A statement the database refuses must not put its values (names, birth dates, phone numbers)
 * into the logs or into the development answer. The database is made to refuse a value no input
 * validator knows about, with a rule added for this test: the failure is then the database's own
 * however strict the platform's validation becomes.
 */

let platform: TestPlatform;
const lines: string[] = [];
let request: ReturnType<typeof gatewayClient>;

const refused = {
  name: '谭秘密',
  birthDate: '1971-03-17',
  joinedPartyOn: '1995-06-30',
  phone: '13900001234',
  position: 'DB-REFUSES-THIS',
};
const VALUES = Object.values(refused);

// MikroORM's own statement log (SQL_DEBUG, read when a service starts) writes to the console, outside pino.
const sqlDebug: string[] = [];

beforeAll(async () => {
  process.env.SQL_DEBUG = '1';
  platform = await startTestPlatform({
    seed: { units: 2, membersPerUnit: 2 },
    logger: createLogger('test', 'info', { write: (line: string) => void lines.push(line) }),
  });
  request = gatewayClient(platform.gatewayUrl);
  // Its writer was bound to the console when MikroORM loaded; read what it writes instead.
  (platform.subgraphs.members!.orm.config.getLogger() as unknown as { writer: (line: string) => void }).writer = (line) => void sqlDebug.push(line);
  await sqlRows(platform.db.url, `alter table "members"."member" add constraint "member_test_refuses" check ("position" <> 'DB-REFUSES-THIS')`);
});

afterAll(async () => {
  await platform?.dispose();
  delete process.env.SQL_DEBUG;
});

describe('a write the database refuses', () => {
  it('is logged with the error class, the driver code and the statement, without one value', async () => {
    lines.length = 0;
    const unitId = platform.seeded!.units[0]!.id;
    const res = await request(CreateMember, { input: { unitId, gender: 'FEMALE', status: 'FULL', ...refused } }, ADMIN);
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const everything = lines.join('\n');
    for (const value of VALUES) expect(everything).not.toContain(value);
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; err?: Record<string, string> });
    const failure = logged.find((line) => line.msg === 'unexpected error');
    expect(failure?.err).toMatchObject({
      type: 'CheckConstraintViolationException',
      code: '23514',
      constraint: 'member_test_refuses',
      table: 'member',
      statement: expect.stringMatching(/^insert into "members"\."member" \(.*\) values \(\?(, (\?|NULL))+\)/),
    });
  });

  it("is in MikroORM's statement log (SQL_DEBUG) with placeholders, without one value", async () => {
    sqlDebug.length = 0;
    const unitId = platform.seeded!.units[0]!.id;
    await request(CreateMember, { input: { unitId, gender: 'FEMALE', status: 'FULL', ...refused } }, ADMIN);
    const printed = sqlDebug.join('\n');
    expect(printed).toMatch(/insert into "members"\."member"/);
    for (const value of VALUES) expect(printed).not.toContain(value);
  });

  it('is explained in a development answer without one value', async () => {
    const unitId = platform.seeded!.units[0]!.id;
    const res = await request(CreateMember, { input: { unitId, gender: 'FEMALE', status: 'FULL', ...refused } }, ADMIN);
    expect(res.errors?.[0]?.message).toMatch(/CheckConstraintViolationException, SQLSTATE 23514, constraint member_test_refuses\) in: insert into "members"\."member"/);
    const body = JSON.stringify(res);
    for (const value of VALUES) expect(body).not.toContain(value);
    expect(await sqlRows(platform.db.url, `select 1 from "members"."member" where "name" = $1`, [refused.name])).toEqual([]);
  });
});

describe('a failed statement reduced for the logs', () => {
  const fail = async (statement: string, params: unknown[]) => {
    try {
      await platform.subgraphs.members!.orm.em.fork().getConnection().execute(statement, params);
    } catch (error) {
      return { raw: error as Error, logged: JSON.stringify(loggableError(error)) };
    }
    throw new Error('the statement did not fail');
  };

  it('keeps no literal, whether quoted with doubled quotes, with backslash escapes, or a number', async () => {
    const { raw, logged } = await fail('select ?::int, ?::text, ? as n', ["o'Brien\\secret - 1", 'other-secret', 4817]);
    expect(raw.message).toContain('secret');
    for (const value of ['Brien', 'secret', '4817']) expect(logged).not.toContain(value);
    expect(JSON.parse(logged)).toMatchObject({ code: '22P02', statement: 'select ?::int, ?::text, ? as n' });
  });

  it('keeps nothing of a NUL byte or a lone surrogate the database refuses', async () => {
    const nul = await fail('select ?::text', ['RT\u0000nul-secret']);
    expect(nul.raw.message).toContain('nul-secret');
    expect(nul.logged).not.toContain('nul-secret');
    const surrogate = await fail('select ?::jsonb', [JSON.stringify({ name: 'sur-secret\ud800' })]);
    expect(surrogate.raw.message).toContain('sur-secret');
    expect(surrogate.logged).not.toContain('sur-secret');
    expect(JSON.parse(surrogate.logged)).toMatchObject({ statement: 'select ?::jsonb' });
  });

  it('keeps no value of a failed statement that is the cause of another error', async () => {
    const { raw } = await fail('select ?::int', ['cause-secret']);
    const logged = JSON.stringify(loggableError(new Error('roster import failed', { cause: raw })));
    expect(logged).toContain('roster import failed');
    expect(logged).not.toContain('cause-secret');
  });
});
