import { startDatabase } from '../database.js';

/**
 * An embedded PostgreSQL for one test run, in a process of its own, so that the database outlives
 * no test runner however that ends: a run that is interrupted or crashes closes this process's
 * standard input, and the server stops.
 *
 * Usage: node pg-server.js <dataDir> <port>; prints {"url": …} once ready, stops when its
 * standard input closes (the test runner ended, however it ended) or on SIGTERM, SIGINT, SIGHUP.
 */
const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  process.stderr.write('usage: pg-server <dataDir> <port>\n');
  process.exit(2);
}
// A throwaway server: nothing on it must survive a crash, so it does not wait for the disk (each test
// file copies a template database and starts services on it; two files run at once, see
// vitest.shared.ts, each with a platform's connection pools).
const TEST_SERVER_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' };
const server = await startDatabase({ dataDir, port: Number(port), persistent: false, settings: TEST_SERVER_SETTINGS });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().finally(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
// The server runs in a session of its own, out of reach of the terminal's Ctrl+C: stop it here.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, stop);
