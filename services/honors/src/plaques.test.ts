import { businessToday } from '@sfxd/kit';
import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import jsQR from 'jsqr';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

process.env.BUSINESS_DATE = '2026-06-03';
const today = businessToday();

let h: TestSubgraphs;
let make: ReturnType<typeof directoryMaker>;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);

const PLAQUE = `query($code: String!) { plaque(code: $code) { name unitName tier year batch namedOn status revokedOn } }`;
const QR = `query($id: ID!) { plaqueQr(honorId: $id) { code url svg } }`;
const STEP = `mutation($input: TransitionHonorInput!) { transitionHonor(input: $input) { status version } }`;

/** A confirmed candidacy of a real subject, the way the procedure leaves it before naming. */
async function confirmed(tier: 'POST' | 'TEAM' | 'UNIT' | 'INDUSTRY') {
  const industry = await make.industry();
  const unit = tier === 'INDUSTRY' ? null : await make.unit(industry.id);
  let subject: { id: string; name: string };
  if (tier === 'POST') {
    const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id name } }`, {
      input: { unitId: unit!.id, name: '赵敏', gender: 'FEMALE', birthDate: '1985-05-05', joinedPartyOn: '2008-07-01', status: 'FULL', position: '副科长' },
    });
    subject = res.data.createMember;
  } else if (tier === 'TEAM') {
    const name = `便民服务窗口${randomUUID().slice(0, 4)}`;
    subject = { id: await make.team(unit!.id, name), name };
  } else subject = tier === 'UNIT' ? unit! : industry;
  const id = randomUUID();
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by,
       publicity_starts_on, publicity_ends_on, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'CONFIRMED', $8, 'test', $8, $9, now(), now())`,
    [id, campaignId, tier, subject.id, { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' }[tier], unit?.id ?? null, industry.id,
      addDays(today, -20), addDays(today, -10)],
  );
  return { id, unit, industry, subject };
}

async function named(tier: 'POST' | 'TEAM' | 'UNIT' | 'INDUSTRY' = 'POST') {
  const c = await confirmed(tier);
  const res = await as(admin, STEP, { input: { honorId: c.id, action: 'NAME', expectedVersion: 1, plaqueNumber: `P-${randomUUID().slice(0, 8)}`, batch: '七一前首批' } });
  expect(res.errors).toBeUndefined();
  const [row] = await h.sql(`select verification_code from honors.honor where id = $1`, [c.id]);
  return { ...c, code: row.verification_code as string };
}

/** Reads the QR code drawn by the `qrcode` package's SVG (one path of h-runs) back into its text with a real decoder. */
function decodeQr(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) dark.add(`${x + i},${Math.floor(y)}`);
      x += Number(a);
    }
  }
  const scale = 4;
  const pixels = new Uint8ClampedArray(size * scale * size * scale * 4);
  for (let py = 0; py < size * scale; py++) {
    for (let px = 0; px < size * scale; px++) {
      const v = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`) ? 0 : 255;
      pixels.set([v, v, v, 255], (py * size * scale + px) * 4);
    }
  }
  return jsQR(pixels, size * scale, size * scale)?.data ?? null;
}

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  make = directoryMaker(h.client('units'));
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2026 }) { id } }`)).data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe('a plaque’s public record', () => {
  it('answers anyone holding its code with the names engraved at naming, tier, year, batch, date and status — nothing else', async () => {
    const post = await named('POST');
    const res = await as(null, PLAQUE, { code: post.code });
    expect(res.errors).toBeUndefined();
    expect(res.data.plaque).toEqual({
      name: '赵敏', unitName: post.unit!.name, tier: 'POST', year: 2026, batch: '七一前首批', namedOn: today, status: 'VALID', revokedOn: null,
    });
    // Later renamings do not change what was engraved.
    const renamed = await h.client('units')(admin, `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name } }`, {
      input: { id: post.unit!.id, expectedVersion: 1, name: `更名后${randomUUID().slice(0, 4)}` },
    });
    expect(renamed.errors).toBeUndefined();
    expect((await as(null, PLAQUE, { code: post.code })).data.plaque.unitName).toBe(post.unit!.name);
  });

  it('names a team with its unit, a unit as itself, and an industry with no unit', async () => {
    const team = await named('TEAM');
    expect((await as(null, PLAQUE, { code: team.code })).data.plaque).toMatchObject({ name: team.subject.name, unitName: team.unit!.name, tier: 'TEAM' });
    const unit = await named('UNIT');
    expect((await as(null, PLAQUE, { code: unit.code })).data.plaque).toMatchObject({ name: unit.unit!.name, unitName: unit.unit!.name, tier: 'UNIT' });
    const industry = await named('INDUSTRY');
    expect((await as(null, PLAQUE, { code: industry.code })).data.plaque).toMatchObject({ name: industry.industry.name, unitName: null, tier: 'INDUSTRY' });
  });

  it('reads a code typed in lower case, with spaces or hyphens, and answers null — the same null — for any code that names no plaque', async () => {
    const { code } = await named();
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`;
    expect((await as(null, PLAQUE, { code: typed })).data.plaque).toMatchObject({ status: 'VALID' });
    const unknown = await as(null, PLAQUE, { code: code.replace(/.$/, (c) => (c === 'X' ? 'Y' : 'X')) });
    for (const other of [unknown, await as(null, PLAQUE, { code: 'nonsense' }), await as(null, PLAQUE, { code: '' })]) {
      expect(other).toEqual({ status: 200, data: { plaque: null } });
    }
    // An honor still in the procedure has no plaque, even if a code were stored for it.
    const pending = await confirmed('UNIT');
    await h.sql(`update honors.honor set verification_code = 'ZZZZZZZZZZZZ' where id = $1`, [pending.id]);
    expect((await as(null, PLAQUE, { code: 'ZZZZZZZZZZZZ' })).data.plaque).toBeNull();
  });

  it('says a plaque is being rectified, and that a revoked one is revoked, with the day', async () => {
    const { id, code } = await named();
    await as(admin, STEP, { input: { honorId: id, action: 'ORDER_RECTIFICATION', expectedVersion: 2, note: '群众意见较多', deadline: addDays(today, 30) } });
    expect((await as(null, PLAQUE, { code })).data.plaque).toMatchObject({ status: 'RECTIFYING', revokedOn: null });
    process.env.BUSINESS_DATE = addDays(today, 12);
    try {
      expect((await as(admin, STEP, { input: { honorId: id, action: 'FAIL_RECTIFICATION', expectedVersion: 3, note: '整改不到位' } })).errors).toBeUndefined();
    } finally {
      process.env.BUSINESS_DATE = today;
    }
    expect((await as(null, PLAQUE, { code })).data.plaque).toMatchObject({ status: 'REVOKED', revokedOn: addDays(today, 12), namedOn: today });
  });
});

describe('a plaque’s QR code', () => {
  it('is an SVG of PUBLIC_BASE_URL/verify/<code>, for ADMIN and the unit’s own UNIT_ADMIN, drawn without fetching anything', async () => {
    const { id, code, unit } = await named();
    const res = await as(admin, QR, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.plaqueQr).toMatchObject({ code, url: `http://localhost:8080/verify/${code}` });
    const { svg } = res.data.plaqueQr;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|href/);
    expect(decodeQr(svg)).toBe(`http://localhost:8080/verify/${code}`);

    process.env.PUBLIC_BASE_URL = 'https://sfxd.example.gov.cn/';
    try {
      const own = await as(unitAdmin(unit!.id), QR, { id });
      expect(own.data.plaqueQr.url).toBe(`https://sfxd.example.gov.cn/verify/${code}`);
      expect(decodeQr(own.data.plaqueQr.svg)).toBe(`https://sfxd.example.gov.cn/verify/${code}`);
    } finally {
      delete process.env.PUBLIC_BASE_URL;
    }
  });

  it('is refused to other units and to read-only roles, null for an honor never named, NOT_FOUND for an unknown one', async () => {
    const { id } = await named();
    for (const caller of [unitAdmin(randomUUID()), leader, integrator]) expect((await as(caller, QR, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, QR, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pending = await confirmed('POST');
    expect((await as(unitAdmin(pending.unit!.id), QR, { id: pending.id })).data.plaqueQr).toBeNull();
    expect((await as(admin, QR, { id: randomUUID() })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'honorId' });
    const industry = await named('INDUSTRY');
    expect((await as(unitAdmin(randomUUID()), QR, { id: industry.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('naming', () => {
  it('is refused when the subject’s owner no longer knows it: nothing to engrave, nothing written', async () => {
    const c = await confirmed('POST');
    await h.sql(`update honors.honor set subject_id = $2 where id = $1`, [c.id, randomUUID()]);
    const res = await as(admin, STEP, { input: { honorId: c.id, action: 'NAME', expectedVersion: 1, plaqueNumber: 'GONE-1', batch: '七一前首批' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'honorId' });
    const [row] = await h.sql(`select status, verification_code from honors.honor where id = $1`, [c.id]);
    expect(row).toEqual({ status: 'CONFIRMED', verification_code: null });
  });
});
