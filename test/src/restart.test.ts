import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createLogger, signUserToken } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { startPlatform } from '@sfxd/platform';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FREE_PORTS } from './testkit.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-restart-'));
chmodSync(folder, 0o755);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const options = () => ({
  dataDir: path.join(folder, 'postgres'),
  embeddedPort: 56000 + Math.floor(Math.random() * 3000),
  jwtSecret: DEV_JWT_SECRET,
  subgraphSecret: DEV_SUBGRAPH_SECRET,
  ports: FREE_PORTS,
  seed: { units: 6, membersPerUnit: 4 },
  logger: createLogger('restart-test', 'silent'),
});

describe('npm start on an embedded PostgreSQL', () => {
  it('keeps data written through a mutation across a restart, and loads demo data only into an empty database', async () => {
    const admin = { authorization: `Bearer ${await signUserToken({ sub: 'a', role: Role.ADMIN }, DEV_JWT_SECRET)}` };
    const first = await startPlatform(options());
    let unitId: string;
    try {
      expect(first.database.embedded).toBe(true);
      expect(first.seeded).not.toBeNull();
      const industryId = first.seeded!.industries[0]!.id;
      const created = await postGraphQL(first.gatewayUrl, 'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }', { i: { code: 'KEEP-1', name: '重启后仍在的单位', industryId } }, admin);
      expect(created.errors).toBeUndefined();
      unitId = created.data.createUnit.id;
    } finally {
      await first.stop();
    }

    const second = await startPlatform(options());
    try {
      expect(second.seeded).toBeNull();
      const res = await postGraphQL(second.gatewayUrl, '{ units { id code } }');
      expect(res.data.units).toContainEqual({ id: unitId!, code: 'KEEP-1' });
      expect(res.data.units).toHaveLength(7);
    } finally {
      await second.stop();
    }
  });
});
