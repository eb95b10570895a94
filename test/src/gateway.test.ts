import { bearer, postGraphQL, sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateIndustry, CreateTeam, CreateUnit, Industries, UnitWithTeams, UnitsDirectory, UpdateUnit } from './documents.js';
import { ADMIN, INTEGRATOR, JWT_SECRET, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
});

afterAll(async () => {
  await platform?.dispose();
});

describe('the gateway in front of the units subgraph', () => {
  it('answers the README query with the demo units, their industries and team counts, without a token', async () => {
    const res = await postGraphQL(platform.gatewayUrl, '{ units { id name industry { name } teamCount } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const seeded = platform.seeded!;
    expect(res.data.units).toHaveLength(seeded.units.length);
    const first = seeded.units.slice().sort((a, b) => a.code.localeCompare(b.code))[0]!;
    const industry = seeded.industries.find((i) => i.id === first.industryId)!;
    expect(res.data.units[0]).toEqual({
      id: first.id,
      name: first.name,
      industry: { name: industry.name },
      teamCount: seeded.teams.filter((t) => t.unitId === first.id).length,
    });
  });

  it('leaves the excluded systems out of the units list when asked, as quota pages do', async () => {
    const all = await request(UnitsDirectory, {}, LEADER);
    const counted = await request(UnitsDirectory, { includeExcluded: false }, LEADER);
    const excluded = platform.seeded!.units.filter((u) => u.excluded);
    expect(excluded.length).toBeGreaterThan(0);
    expect(all.data!.units).toHaveLength(platform.seeded!.units.length);
    expect(counted.data!.units).toHaveLength(platform.seeded!.units.length - excluded.length);
    expect(counted.data!.units.every((u) => !u.excluded)).toBe(true);
  });

  it('groups units under their industries', async () => {
    const res = await request(Industries, {}, INTEGRATOR);
    const total = res.data!.industries.reduce((n, i) => n + i.units.length, 0);
    expect(total).toBe(platform.seeded!.units.length);
  });

  it('asks anonymous callers to sign in before showing internal records such as teams', async () => {
    const unitId = platform.seeded!.units[0]!.id;
    const res = await request(UnitWithTeams, { id: unitId }, null);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that does not verify with 401 UNAUTHENTICATED', async () => {
    const res = await postGraphQL(platform.gatewayUrl, '{ units { id } }', {}, { authorization: 'Bearer not.a.token' });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates an industry, a unit and a team through the gateway, and they read back', async () => {
    const industry = await request(CreateIndustry, { input: { code: 'IND-T1', name: '测试系统' } }, ADMIN);
    expect(industry.errors).toBeUndefined();
    const unit = await request(CreateUnit, { input: { code: 'T-001', name: '巴中市测试局', industryId: industry.data!.createIndustry.id } }, ADMIN);
    expect(unit.data!.createUnit).toMatchObject({ code: 'T-001', excluded: false, version: 1, industry: { name: '测试系统' } });
    const unitId = unit.data!.createUnit.id;
    const team = await request(CreateTeam, { input: { unitId, name: '综合科' } }, unitAdmin(unitId));
    expect(team.data!.createTeam).toMatchObject({ name: '综合科', unit: { id: unitId, name: '巴中市测试局' } });
    const read = await request(UnitWithTeams, { id: unitId }, unitAdmin(unitId));
    expect(read.data!.unit!.teams.map((t) => t.name)).toEqual(['综合科']);
  });

  it('passes the subgraph error codes through, and bad input changes nothing', async () => {
    const before = await sql('select id, code, name, version from units.unit order by code');
    const industryId = platform.seeded!.industries[0]!.id;
    const existing = platform.seeded!.units[0]!;

    const empty = await request(CreateUnit, { input: { code: 'T-002', name: '', industryId } }, ADMIN);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const duplicate = await request(CreateUnit, { input: { code: existing.code, name: '重复编码的单位', industryId } }, ADMIN);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknownIndustry = await request(CreateUnit, { input: { code: 'T-003', name: '某局', industryId: 'no-such-id' } }, ADMIN);
    expect(unknownIndustry.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stale = await request(UpdateUnit, { input: { id: existing.id, expectedVersion: 99, name: '改名' } }, ADMIN);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const notAdmin = await request(CreateUnit, { input: { code: 'T-004', name: '某局', industryId } }, LEADER);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(await sql('select id, code, name, version from units.unit order by code')).toEqual(before);
  });

  it('answers malformed input with BAD_USER_INPUT naming the field and saying what is wrong', async () => {
    const headers = await bearer(ADMIN, JWT_SECRET);
    const unitId = platform.seeded!.units[0]!.id;
    const member = (birthDate: string) => ({
      input: { unitId, name: '日期测试', gender: 'MALE', birthDate, joinedPartyOn: '2010-07-01', status: 'FULL', position: '科员' },
    });
    const createMember = 'mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }';
    for (const bad of ['1990-02-30', 'abc']) {
      const res = await postGraphQL(platform.gatewayUrl, createMember, member(bad), headers);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
      expect(res.errors?.[0]?.message).toContain('YYYY-MM-DD');
    }
    const literal = await postGraphQL(
      platform.gatewayUrl,
      `mutation { createMember(input: { unitId: "${unitId}", name: "日期测试", gender: MALE, birthDate: "2016-13-01", joinedPartyOn: "2010-07-01", status: FULL, position: "科员" }) { id } }`,
      {},
      headers,
    );
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql(`select count(*)::int as n from members.member where name = '日期测试'`)).toEqual([{ n: 0 }]);

    const blank = await request(CreateTeam, { input: { unitId, name: '   ' } }, ADMIN);
    expect(blank.errors?.[0]?.message).toBe('name must not be blank');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(JSON.stringify(blank.errors)).not.toContain('"target"');
  });

  it('refuses direct calls to a subgraph, which answer only the gateway', async () => {
    const res = await postGraphQL(platform.subgraphs.units!.url, '{ units { id } }');
    expect(res.status).toBe(401);
  });

  it('serves GraphiQL from local files when a browser opens the endpoint', async () => {
    const page = await fetch(platform.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const asset of scripts) {
      expect(asset.startsWith('/')).toBe(true);
      const res = await fetch(new URL(asset, platform.gatewayUrl));
      expect(res.status, asset).toBe(200);
    }
  });

  it('reports health and readiness of the gateway and its subgraphs', async () => {
    const health = await fetch(new URL('/health', platform.gatewayUrl));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL('/ready', platform.gatewayUrl));
    expect(await ready.json()).toMatchObject({ status: 'ready', subgraphs: { units: true } });
  });
});
