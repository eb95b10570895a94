import { admin, startTestOrm, unitAdmin, unique, type TestOrm } from '@sfxd/kit/testing';
import type { Caller } from '@sfxd/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_MAX } from '@sfxd/kit';
import { INDUSTRY_NAME_MAX } from './industry/industry.entity.js';
import { IndustryService } from './industry/industry.service.js';
import { unitsSubgraph } from './subgraph.js';
import { TEAM_NAME_MAX } from './team/team.entity.js';
import { TeamService } from './team/team.service.js';
import { UNIT_NAME_MAX } from './unit/unit.entity.js';
import { UnitService } from './unit/unit.service.js';

// The rules of the units subgraph's services, called as a resolver calls them but with no HTTP
// in between: an EntityManager and a caller.
let db: TestOrm;
const as = (caller: Caller) => ({ em: db.em(), caller });
const auditOf = (id: string) => db.sql<{ operation: string }>('select operation from units.audit_event where entity_id = $1 order by at', [id]);

async function unitWithTeam() {
  const industry = await new IndustryService(as(admin)).create({ code: unique('I'), name: `行业${unique()}` });
  const unit = await new UnitService(as(admin)).create({ code: unique('U'), name: `单位${unique()}`, industryId: industry.id, excluded: false });
  const team = await new TeamService(as(admin)).create({ unitId: unit.id, name: '综合科' });
  return { industry, unit, team };
}

beforeAll(async () => {
  db = await startTestOrm(unitsSubgraph);
});

afterAll(async () => {
  await db?.close();
});

describe('the units services', () => {
  it('keep the version and write no audit line for an update that changes nothing', async () => {
    const { industry, unit, team } = await unitWithTeam();
    const sameTeam = await new TeamService(as(admin)).update({ id: team.id, expectedVersion: 1, name: ' 综合科 ' });
    const sameUnit = await new UnitService(as(admin)).update({ id: unit.id, expectedVersion: 1, code: unit.code, name: unit.name, industryId: industry.id, excluded: false });
    const sameIndustry = await new IndustryService(as(admin)).update({ id: industry.id, expectedVersion: 1, name: industry.name });
    expect([sameTeam.version, sameUnit.version, sameIndustry.version]).toEqual([1, 1, 1]);
    expect(await db.sql('select version from units.team where id = $1', [team.id])).toEqual([{ version: 1 }]);
    expect(await db.sql('select version from units.unit where id = $1', [unit.id])).toEqual([{ version: 1 }]);
    expect((await auditOf(team.id)).map((r) => r.operation)).toEqual(['createTeam']);
    expect((await auditOf(unit.id)).map((r) => r.operation)).toEqual(['createUnit']);
    expect((await auditOf(industry.id)).map((r) => r.operation)).toEqual(['createIndustry']);
  });

  it('bump the version and audit the fields that did change', async () => {
    const { unit } = await unitWithTeam();
    const renamed = await new UnitService(as(admin)).update({ id: unit.id, expectedVersion: 1, name: `改名${unique()}`, excluded: false });
    expect(renamed.version).toBe(2);
    const [line] = await db.sql('select detail from units.audit_event where entity_id = $1 and operation = $2', [unit.id, 'updateUnit']);
    expect(line.detail.changed).toEqual(['name']);
  });

  it("refuse a UNIT_ADMIN's change to another unit's team and write nothing", async () => {
    const { team } = await unitWithTeam();
    const other = await unitWithTeam();
    await expect(new TeamService(as(unitAdmin(other.unit.id))).update({ id: team.id, expectedVersion: 1, name: '越权' })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(new TeamService(as(unitAdmin(other.unit.id))).archive({ id: team.id, expectedVersion: 1 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await db.sql('select name, version, archived_at from units.team where id = $1', [team.id])).toEqual([{ name: '综合科', version: 1, archived_at: null }]);
  });

  it('refuse to archive an industry with units in use, and archive it once they are archived', async () => {
    const { industry, unit } = await unitWithTeam();
    await expect(new IndustryService(as(admin)).archive({ id: industry.id, expectedVersion: 1 })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await new UnitService(as(admin)).archive({ id: unit.id, expectedVersion: 1 });
    const archived = await new IndustryService(as(admin)).archive({ id: industry.id, expectedVersion: 1 });
    expect(archived.archived).toBe(true);
    const again = await new IndustryService(as(admin)).archive({ id: industry.id, expectedVersion: 2 });
    expect(again.version).toBe(2);
    expect((await auditOf(industry.id)).map((r) => r.operation)).toEqual(['createIndustry', 'archiveIndustry']);
  });

  it('store every name and code as long as the inputs accept (the migrations and the limits agree)', async () => {
    const columns = await db.sql<{ column: string; max: number }>(
      `select table_name || '.' || column_name as column, character_maximum_length as max from information_schema.columns
       where table_schema = 'units' and table_name <> 'mikro_orm_migrations' and column_name in ('code', 'name') order by 1`,
    );
    expect(columns).toEqual([
      { column: 'industry.code', max: CODE_MAX },
      { column: 'industry.name', max: INDUSTRY_NAME_MAX },
      { column: 'team.name', max: TEAM_NAME_MAX },
      { column: 'unit.code', max: CODE_MAX },
      { column: 'unit.name', max: UNIT_NAME_MAX },
    ]);
  });
});
