import { startDatabase, type DatabaseServer } from '@sfxd/kit';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The larger scale loads millions of rows keyed by random UUIDs in one transaction: with the
 * default 128 MB of shared buffers their indexes stop fitting and inserts read and write random
 * pages (the province's evaluations and scores with their indexes take some 6 GB), and the
 * default 1 GB of WAL between checkpoints writes pages whole again after each of many
 * checkpoints. Memory the 24 GB bench machine has. The embedded server's data is thrown away when
 * the bench ends and nothing replicates it: no standby needs more than the minimal WAL, and no
 * crash is survived, so neither whole pages in the WAL nor waits for the disk buy anything.
 */
const BULK_LOAD_SETTINGS = {
  shared_buffers: '6GB', max_wal_size: '16GB', checkpoint_timeout: '1h',
  wal_level: 'minimal', max_wal_senders: '0', full_page_writes: 'off', fsync: 'off', synchronous_commit: 'off',
  // The evaluations' indexes are built once their tables are full (kit's withIndexesBuiltAtEnd):
  // with the default 64 MB each build sorts through temporary files and on fewer cores.
  maintenance_work_mem: '2GB',
};

/**
 * A bench's PostgreSQL: DATABASE_URL's server, or an embedded one in a temporary folder that
 * `stop()` removes. The embedded port is random and retried: another PostgreSQL on the machine
 * (tests, other checkouts) may hold the first one picked. Ports lie below the kernel's ephemeral
 * range (32768 and up), where an outgoing connection could have taken one first.
 */
export async function startBenchDatabase(prefix: string): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return startDatabase({ url: process.env.DATABASE_URL });
  const folder = mkdtempSync(path.join(tmpdir(), `sfxd-${prefix}-`));
  // As root, the embedded PostgreSQL runs as a `postgres` user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  for (let attempt = 1; ; attempt++) {
    try {
      const server = await startDatabase({
        dataDir: path.join(folder, `pg${attempt}`), port: 20000 + Math.floor(Math.random() * 12000), persistent: false, settings: BULK_LOAD_SETTINGS,
      });
      return { ...server, stop: async () => { await server.stop(); rmSync(folder, { recursive: true, force: true }); } };
    } catch (error) {
      if (attempt >= 5 || !/already in use/i.test(String(error))) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
}
