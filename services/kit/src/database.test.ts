import { DriverException } from '@mikro-orm/core';
import net, { type AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database.js';

/** A port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a database outage', () => {
  it('is a refused connection reported by the ORM, not a failing statement nor a refused HTTP call', async () => {
    const port = await closedPort();
    const refused = await new pg.Client({ connectionString: `postgres://nobody:secret@127.0.0.1:${port}/none` }).connect().then(() => null, (e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(new DriverException(refused!))).toBe(true);

    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
    await client.connect();
    const statement = await client.query('selec 1').then(() => null, (e: Error) => e);
    await client.end();
    expect(isDatabaseUnavailable(new DriverException(statement!))).toBe(false);

    const fetchFailed = await fetch(`http://127.0.0.1:${port}/`).then(() => null, (e: Error) => e);
    expect(fetchFailed).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(fetchFailed)).toBe(false);
  });
});
