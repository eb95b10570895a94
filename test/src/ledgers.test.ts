import { signUserToken } from '@sfxd/kit';
import { sqlRows } from '@sfxd/kit/testing';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignByYear, LedgerSubmissions, SubmitLedger } from './documents.js';
import { JWT_SECRET, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);
const cli = fileURLToPath(new URL('../../services/honors/dist/cli.js', import.meta.url));

async function run(args: string[], token: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args, '--gateway', platform.gatewayUrl], { env: { ...process.env, SFXD_TOKEN: token } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
});

afterAll(async () => {
  await platform?.dispose();
});

describe('ledgers through the gateway', () => {
  it('show the 2016 demo ledgers on time, late and missing by unit name, and a UNIT_ADMIN its own unit only, which it submits and exports and imports with the command line', async () => {
    const campaign = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!;
    const res = await request(LedgerSubmissions, { campaignId: campaign.id }, LEADER);
    expect(res.errors).toBeUndefined();
    const overview = res.data!.ledgerSubmissions!;
    expect(overview.dueOn).toBe('2016-06-20');
    // The demo's first submissions, judged by their day in Beijing.
    const firsts = await sql<{ unit_id: string; on_time: boolean }>(`select unit_id, min((submitted_at at time zone 'Asia/Shanghai')::date) <= $2::date as on_time
      from honors.ledger_submission where campaign_id = $1 group by unit_id`, [campaign.id, '2016-06-20']);
    const participating = platform.seeded!.units.filter((u) => !u.excluded);
    expect(overview.participatingCount).toBe(participating.length);
    expect(overview.onTimeCount).toBe(firsts.filter((f) => f.on_time).length);
    expect(overview.lateCount).toBe(firsts.filter((f) => !f.on_time).length);
    expect(overview.missingCount).toBe(participating.length - firsts.length);
    expect([overview.onTimeCount, overview.lateCount, overview.missingCount].every((n) => n > 0)).toBe(true);
    for (const u of overview.units) {
      expect(u.unit.name, u.unit.id).toBe(participating.find((p) => p.id === u.unit.id)!.name);
      if (u.status !== 'MISSING') expect(u.latest!.contents, u.unit.name).not.toBeNull();
    }
    expect(overview.missing.map((m) => m.name).sort()).toEqual(overview.units.filter((u) => u.status === 'MISSING').map((u) => u.unit.name).sort());

    const unit = overview.units.find((u) => u.status === 'MISSING')!.unit;
    const other = overview.units.find((u) => u.unit.id !== unit.id)!.unit;
    const submitted = await request(SubmitLedger, { campaignId: campaign.id }, unitAdmin(unit.id));
    expect(submitted.data!.submitLedger).toMatchObject({ late: true, unit: { id: unit.id, name: unit.name } });
    const own = (await request(LedgerSubmissions, { campaignId: campaign.id }, unitAdmin(unit.id))).data!.ledgerSubmissions!;
    expect(own.units.map((u) => [u.unit.name, u.status, u.submissionCount])).toEqual([[unit.name, 'LATE', 1]]);
    expect(own.missing).toEqual([]);

    const token = await signUserToken(unitAdmin(unit.id), JWT_SECRET);
    const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-ledger-'));
    try {
      const file = path.join(folder, 'ledger.xlsx');
      const exported = await run(['ledger', 'export', '--year', '2016', '--unit', unit.code, '--out', file], token);
      expect(exported).toMatchObject({ code: 0 });
      const rows = await sql(`select count(*)::int as n from honors.honor h where h.campaign_id = $1 and (h.unit_id = $2
        or (h.tier = 'INDUSTRY' and h.industry_id = $3))`, [campaign.id, unit.id, platform.seeded!.units.find((u) => u.id === unit.id)!.industryId]);
      expect(exported.stdout).toContain(`导出 ${rows[0].n} 项申报`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.getWorksheet('示范行动台账')!.rowCount).toBe(rows[0].n + 1);

      const dryRun = await run(['ledger', 'import', '--year', '2016', '--unit', unit.code, file, '--dry-run'], token);
      expect(dryRun).toMatchObject({ code: 0 });
      expect(dryRun.stdout).toContain(`试导入（未写入）：新增申报 0，已有 ${rows[0].n}`);
      const foreign = await run(['ledger', 'export', '--year', '2016', '--unit', other.code, '--out', path.join(folder, 'other.xlsx')], token);
      expect(foreign.code).toBe(1);
      expect(foreign.stderr).toContain('FORBIDDEN');
      expect((await run(['ledger', 'export', '--year', '2016'], token)).code).toBe(2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
