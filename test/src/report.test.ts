import { bearer } from '@sfxd/kit/testing';
import { generateReport, type GeneratedReport } from '@sfxd/report';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignByYear } from './documents.js';
import { graphql } from './gql/index.js';
import { ADMIN, INTEGRATOR, JWT_SECRET, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

// The year-end report (services/report) against the whole platform with its 2016 demo data: every
// figure it writes is asked again here, straight from the gateway, and compared.

const RawQuota = graphql(`
  query ReportCheckQuota($campaignId: ID!) {
    quotaAttainment(campaignId: $campaignId) {
      participatingUnits
      posts { count target ratio attained unitsAttaining }
      teams { count target ratio attained unitsAttaining }
      units { count target ratio attained }
      industries { count target ratio attained }
    }
    units(includeExcluded: false) {
      id
      code
      quota(campaignId: $campaignId) {
        posts { count target attained }
        teamQuota { count target attained }
      }
    }
  }
`);

const RawCounts = graphql(`
  query ReportCheckCounts($campaignId: ID!) {
    honorCounts(campaignId: $campaignId) { tier status count }
    managementActions(campaignId: $campaignId) { action count }
    ledgerSubmissions(campaignId: $campaignId) { participatingCount onTimeCount lateCount missingCount }
    rectifications(campaignId: $campaignId, asOf: "2016-12-31") { honorId outcome overdue }
    honors(campaignId: $campaignId, first: 1) { totalCount }
  }
`);

const RawTrend = graphql(`
  query ReportCheckTrend($campaignId: ID!) {
    evaluationRounds(campaignId: $campaignId) { id name }
    evaluationTrend(campaignId: $campaignId) {
      byRound { count weightedScore satisfactionRate round { id } }
      byYear { year count weightedScore satisfactionRate }
    }
  }
`);

const TIERS = { POST: '示范岗', TEAM: '示范团队', UNIT: '示范单位', INDUSTRY: '示范行业' } as const;
const pct = (r: number) => `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
const yesNo = (b: boolean) => (b ? '是' : '否');

/** The text of each cell of each table of a DOCX's document.xml, by the table's first header cell. */
function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))),
  );
}

/** A DOCX's paragraphs as text. */
function docxText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) => [...p[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')).join('\n');
}

/** An HTML table's cells by its data-table name (header row first). */
function htmlTable(html: string, id: string): string[][] {
  const table = new RegExp(`<table data-table="${id}">([\\s\\S]*?)</table>`).exec(html)![1]!;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => unescape(c[1]!)));
}

/** Runs a command without blocking this process (the platform it asks runs in it). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function tokenOf(caller: Parameters<typeof bearer>[0]): Promise<string> {
  return (await bearer(caller, JWT_SECRET)).authorization!.replace(/^Bearer /, '');
}

describe('the year-end report', () => {
  let platform: TestPlatform;
  let ask: ReturnType<typeof gatewayClient>;
  let campaignId: string;
  let docx: GeneratedReport;
  let html: GeneratedReport;
  let xlsx: GeneratedReport;
  let document: string;
  const generate = async (options: Partial<Parameters<typeof generateReport>[0]> & { caller?: Parameters<typeof bearer>[0] }) =>
    generateReport({ gatewayUrl: platform.gatewayUrl, token: await tokenOf(options.caller ?? ADMIN), year: 2016, today: '2017-03-01', ...options });

  beforeAll(async () => {
    platform = await startTestPlatform();
    ask = gatewayClient(platform.gatewayUrl);
    campaignId = (await ask(CampaignByYear, { year: 2016 }, ADMIN)).data!.campaignByYear!.id;
    docx = await generate({ format: 'docx' });
    // Measured, not asserted: the city's DOCX, charts drawn, on the test platform's city.
    console.log(`report: the city's 2016 DOCX in ${docx.milliseconds} ms, ${docx.requests} requests to the gateway, ${(docx.content.length / 1024).toFixed(0)} KB`);
    html = await generate({ format: 'html' });
    xlsx = await generate({ format: 'xlsx' });
    document = await (await JSZip.loadAsync(docx.content)).file('word/document.xml')!.async('string');
  });

  afterAll(async () => {
    await platform?.dispose();
  });

  it('writes every quota figure the gateway gives, alike in the DOCX, the HTML and the workbook', async () => {
    const { quotaAttainment: q } = (await ask(RawQuota, { campaignId }, LEADER)).data!;
    const expected = [
      ['示范岗', String(q!.posts.count), String(q!.posts.target), pct(q!.posts.ratio), yesNo(q!.posts.attained), String(q!.posts.unitsAttaining)],
      ['示范团队', String(q!.teams.count), String(q!.teams.target), pct(q!.teams.ratio), yesNo(q!.teams.attained), String(q!.teams.unitsAttaining)],
      ['示范单位', String(q!.units.count), String(q!.units.target), pct(q!.units.ratio), yesNo(q!.units.attained), ''],
      ['示范行业', String(q!.industries.count), String(q!.industries.target), pct(q!.industries.ratio), yesNo(q!.industries.attained), ''],
    ];
    const header = ['指标', '完成数', '目标', '完成率', '是否完成', '达标单位数'];
    expect(docxTables(document).find((t) => t[0]![0] === '指标')).toEqual([header, ...expected]);
    expect(htmlTable(html.content.toString('utf8'), 'quota')).toEqual([header, ...expected]);
    const text = docxText(document);
    expect(text).toContain(`示范岗：参加单位共申报${q!.posts.count}个，目标${q!.posts.target}个，完成率${pct(q!.posts.ratio)}；${q!.posts.unitsAttaining}个单位达到本单位目标，${q!.participatingUnits - q!.posts.unitsAttaining}个单位未达到。`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as never);
    const summary = book.getWorksheet('全市汇总')!;
    expect(summary.getRow(2).values).toEqual([undefined, '示范岗', q!.posts.count, q!.posts.target, q!.posts.ratio, yesNo(q!.posts.attained), q!.posts.unitsAttaining]);
    expect(summary.getRow(4).getCell(2).value).toBe(q!.units.count);
  });

  it('lists exactly the units short of their quota, with what each lacks, as the gateway’s per-unit quotas give them', async () => {
    const { units } = (await ask(RawQuota, { campaignId }, ADMIN)).data!;
    const short = units
      .filter((u) => u.quota && (!u.quota.posts.attained || !u.quota.teamQuota.attained))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((u) => [u.code, String(u.quota!.posts.target - u.quota!.posts.count > 0 ? u.quota!.posts.target - u.quota!.posts.count : 0), String(Math.max(0, u.quota!.teamQuota.target - u.quota!.teamQuota.count))]);
    const rows = htmlTable(html.content.toString('utf8'), 'short').slice(1);
    expect(rows.map((r) => [r[0], r[4], r[7]])).toEqual(short);
    expect(docxTables(document).find((t) => t[0]![1] === '单位' && t[0]![4] === '示范岗差额')!.slice(1).map((r) => [r[0], r[4], r[7]])).toEqual(short);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as never);
    expect(book.getWorksheet('指标完成')!.rowCount - 1).toBe(units.length);
  });

  it('counts the candidacies of every tier and the management actions as the gateway does', async () => {
    const raw = (await ask(RawCounts, { campaignId }, LEADER)).data!;
    const sum = (tier: string, test: (s: string) => boolean) => raw.honorCounts.filter((c) => c.tier === tier && test(c.status)).reduce((s, c) => s + c.count, 0);
    const tiers = htmlTable(html.content.toString('utf8'), 'tiers');
    for (const [tier, label] of Object.entries(TIERS)) {
      const row = tiers.find((r) => r[0] === label)!;
      expect(row.slice(1).map(Number), label).toEqual([
        sum(tier, () => true),
        sum(tier, (s) => !['REJECTED', 'WITHDRAWN', 'REVOKED'].includes(s)),
        sum(tier, (s) => ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED'].includes(s)),
        sum(tier, (s) => s === 'NAMED' || s === 'RECTIFYING'),
        sum(tier, (s) => s === 'RECTIFYING'),
        sum(tier, (s) => s === 'REJECTED'),
        sum(tier, (s) => s === 'WITHDRAWN'),
        sum(tier, (s) => s === 'REVOKED'),
      ]);
      expect(docxTables(document).find((t) => t[0]![0] === '层级' && t[0]![1] === '申报总数')!.find((r) => r[0] === label)).toEqual(row);
    }
    const action = (a: string) => raw.managementActions.filter((x) => x.action === a).reduce((s, x) => s + x.count, 0);
    const sentence = `全年表彰奖励${action('COMMEND')}次，责令限期整改${action('ORDER_RECTIFICATION')}个，整改合格${action('PASS_RECTIFICATION')}个、不合格${action('FAIL_RECTIFICATION')}个，撤销命名${action('REVOKE')}个。`;
    expect(docxText(document)).toContain(sentence);
    expect(html.content.toString('utf8')).toContain(sentence);

    const l = raw.ledgerSubmissions!;
    expect(docxText(document)).toContain(`${l.participatingCount}个参加单位中，按时报送${l.onTimeCount}个，逾期报送${l.lateCount}个，未报送${l.missingCount}个。`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as never);
    expect(book.getWorksheet('申报与命名')!.rowCount - 1).toBe(raw.honors.totalCount);
    expect(book.getWorksheet('限期整改')!.rowCount - 1).toBe(raw.rectifications.length);
    expect(book.getWorksheet('台账报送')!.rowCount - 1).toBe(l.participatingCount);
    const overdue = raw.rectifications.filter((r) => r.overdue).length;
    expect(docxText(document)).toMatch(new RegExp(`其中逾期未整改${overdue}个`));
  });

  it('writes the workbook with frozen headers, filters, dates as dates and plaque numbers as the gateway has them', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['全市汇总', '指标完成', '申报与命名', '限期整改', '动态管理', '台账报送']);
    const sheet = book.getWorksheet('申报与命名')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const named = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(header.indexOf('牌匾编号') + 1).value)!;
    expect(named.getCell(header.indexOf('命名日期') + 1).value).toBeInstanceOf(Date);
    const plaques = xlsx.data.honors.filter((h) => h.plaqueNumber).length;
    expect(sheet.getRows(2, sheet.rowCount - 1)!.filter((r) => r.getCell(header.indexOf('牌匾编号') + 1).value).length).toBe(plaques);
  });

  it('makes the HTML one self-contained file whose charts are inline SVG with Chinese labels', () => {
    const page = html.content.toString('utf8');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link|<img|url\((?!#)/i);
    expect([...page.matchAll(/https?:\/\/[^\s"'<>)]+/g)].every((m) => m[0].startsWith('http://www.w3.org/'))).toBe(true);
    expect(page.match(/<figure data-chart="\w+"[^>]*>\n<svg/g)!.length).toBeGreaterThanOrEqual(6);
    expect(page).toMatch(/<figure data-chart="activityMonths"[\s\S]*?>岗位竞赛<\/text>/);
    expect(page).toContain('【待撰写】');
  });

  it('writes each evaluation round’s count, score and satisfaction, and this year against the last, as the gateway’s trend gives them', async () => {
    const { evaluationRounds: rounds, evaluationTrend: trend } = (await ask(RawTrend, { campaignId }, LEADER)).data!;
    expect(rounds.length).toBeGreaterThan(0);
    const byRound = new Map(trend.byRound.map((p) => [p.round!.id, p]));
    const table = htmlTable(html.content.toString('utf8'), 'evaluationRounds').slice(1);
    expect(table.map((r) => [r[0], r[4], r[5], r[8]])).toEqual(
      rounds.map((r) => {
        const p = byRound.get(r.id);
        return [r.name, String(p?.count ?? 0), p?.weightedScore != null ? p.weightedScore.toFixed(2) : '', p?.satisfactionRate != null ? pct(p.satisfactionRate) : ''];
      }),
    );
    const year = trend.byYear.find((y) => y.year === 2016)!;
    expect(docxText(document)).toContain(`2016年共收到评议${year.count}份，加权平均得分${year.weightedScore!.toFixed(2)}分`);
    const last = trend.byYear.find((y) => y.year === 2015);
    if (last?.weightedScore != null) {
      const d = Math.round((year.weightedScore! - last.weightedScore) * 100) / 100;
      expect(docxText(document)).toContain(`与2015年相比，加权平均得分${d >= 0 ? '提高' : '降低'}${Math.abs(d).toFixed(2)}分`);
    }
    // The section's figures come from the gateway, never from nowhere: no round, no figure.
    expect(html.content.toString('utf8')).toContain('<section data-section="evaluation">');
  });

  it('gives a UNIT_ADMIN its own unit’s report, and refuses another unit’s and the city’s; the gateway refuses it too', async () => {
    const units = xlsx.data.units.filter((u) => !u.excluded);
    const [own, other] = [units[0]!, units[1]!];
    const mine = await generate({ caller: unitAdmin(own.id), unit: own.code, format: 'html' });
    expect(mine.report.title).toBe(`${own.name}2016年共产党员示范行动自查总结`);
    expect(mine.data.honors.every((h) => h.unit?.id === own.id)).toBe(true);
    await expect(generate({ caller: unitAdmin(own.id), unit: other.code, format: 'html' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(generate({ caller: unitAdmin(own.id), format: 'html' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Without the report's own check, the gateway refuses another unit's records.
    await expect(generate({ caller: unitAdmin(own.id), unit: other.code, format: 'html', skipAccessCheck: true })).rejects.toMatchObject({ code: 'FORBIDDEN', name: 'GatewayError' });
    await expect(generate({ caller: INTEGRATOR, format: 'html' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // LEADER: the city's and any unit's.
    const leader = await generate({ caller: LEADER, unit: other.code, format: 'xlsx' });
    expect(leader.data.scope).toMatchObject({ kind: 'unit', unit: { id: other.id } });
  });

  it('writes English headings on request', async () => {
    const en = await generate({ format: 'html', lang: 'en' });
    const page = en.content.toString('utf8');
    expect([...page.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      '1. Overview', '2. Quotas', '3. Naming', '4. Dynamic management', '5. Evaluations', '6. Ledgers', '7. Typical examples', '8. Problems and next steps',
    ]);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('[TO BE WRITTEN]');
  });

  it('is written by the command line, which says why when it refuses', async () => {
    const require = createRequire(import.meta.url);
    const cli = path.join(path.dirname(require.resolve('@sfxd/report')), 'cli.js');
    const out = mkdtempSync(path.join(tmpdir(), 'sfxd-report-'));
    const env = { ...process.env, SFXD_TOKEN: await tokenOf(ADMIN), SFXD_GATEWAY_URL: platform.gatewayUrl, INIT_CWD: out };
    const ok = await run(process.execPath, [cli, '--year', '2016', '--format', 'xlsx'], env);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['2016年示范行动台账汇总-全市.xlsx']);
    expect(ok.stderr).toMatch(/已生成 .*2016年示范行动台账汇总-全市\.xlsx（\d+ KB，用时 [\d.]+ 秒/);
    const usage = await run(process.execPath, [cli, '--format', 'pdf'], env);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run report');
    const other = xlsx.data.units.filter((u) => !u.excluded)[1]!;
    const refused = await run(process.execPath, [cli, '--year', '2016', '--unit', other.code, '--out', path.join(out, 'x.docx')], {
      ...env,
      SFXD_TOKEN: await tokenOf(unitAdmin(xlsx.data.units.filter((u) => !u.excluded)[0]!.id)),
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('FORBIDDEN');
    expect(existsSync(path.join(out, 'x.docx'))).toBe(false);
  });

  const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0);
  const poppler = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdffonts']).status === 0;
  if (!soffice || !poppler) {
    console.warn('report: LibreOffice (soffice) or poppler-utils not installed — skipping the test that opens the DOCX in LibreOffice (apt-get install libreoffice-writer-nogui poppler-utils)');
  }
  it.skipIf(!soffice || !poppler)('opens in LibreOffice as A4 pages with the Chinese text in Noto CJK fonts and the page numbers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sfxd-report-lo-'));
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, docx.content);
    // LibreOffice takes its substitutes for 仿宋_GB2312, 黑体… from fontconfig: the report's own mapping to Noto CJK.
    const require = createRequire(import.meta.url);
    const conf = path.join(path.dirname(require.resolve('@sfxd/report')), '..', 'fontconfig', '65-sfxd-official-fonts.conf');
    writeFileSync(path.join(dir, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><include>${conf}</include></fontconfig>\n`);
    const env = { ...process.env, HOME: dir, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') };
    const converted = await run(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], env);
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = path.join(dir, 'report.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['一、基本情况', '二、指标完成情况', '八、存在问题和下步打算', '2016年共产党员示范行动自查总结']) expect(text.replace(/ /g, '')).toContain(heading);
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/);
    // The charts are images on the pages.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').filter((l) => /^\s+\d+\s+\d+\s+image/.test(l));
    expect(images.length).toBeGreaterThanOrEqual(docx.report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length);
    expect(readFileSync(pdf).length).toBeGreaterThan(50_000);
  });
});
