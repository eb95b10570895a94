import { admin, startTestOrm, unitAdmin, type TestOrm } from '@sfxd/kit/testing';
import type { Caller } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TITLE_MAX, ActivityType } from './activity/activity.entity.js';
import { ActivityService } from './activity/activity.service.js';
import { Gender, MEMBER_NAME_MAX, Member, MemberStatus, POSITION_MAX } from './member/member.entity.js';
import { MemberService } from './member/member.service.js';
import { membersSubgraph } from './subgraph.js';

// The rules of the members subgraph's services with an EntityManager and a caller, no HTTP. The
// writes that need the units subgraph (placing a member) are proven through HTTP in members.test.ts.
let db: TestOrm;
const as = (caller: Caller) => ({ em: db.em(), caller });
const auditOf = (id: string) => db.sql<{ operation: string }>('select operation from members.audit_event where entity_id = $1 order by at', [id]);

async function member(unitId = randomUUID()): Promise<Member> {
  const em = db.em();
  const m = em.create(Member, {
    unitId, name: '张伟', gender: Gender.MALE, birthDate: '1985-03-12', joinedPartyOn: '2008-07-01', status: MemberStatus.FULL, position: '科员', phone: '13812345678',
  });
  await em.flush();
  return m;
}

beforeAll(async () => {
  db = await startTestOrm(membersSubgraph);
});

afterAll(async () => {
  await db?.close();
});

describe('the members services', () => {
  it('keep the version and write no audit line for an update that changes nothing', async () => {
    const m = await member();
    const same = await new MemberService(as(admin)).update({ id: m.id, expectedVersion: 1, name: ' 张伟 ', phone: '138 1234 5678', position: '科员' });
    expect(same.version).toBe(1);
    expect(await db.sql('select version from members.member where id = $1', [m.id])).toEqual([{ version: 1 }]);
    expect(await auditOf(m.id)).toEqual([]);
    const changed = await new MemberService(as(admin)).update({ id: m.id, expectedVersion: 1, position: '副科长' });
    expect(changed.version).toBe(2);
    const [line] = await db.sql('select detail from members.audit_event where entity_id = $1', [m.id]);
    expect(line.detail.changed).toEqual(['position']);
  });

  it("refuse a UNIT_ADMIN's change to another unit's member, and a move to another unit, before anything is written", async () => {
    const m = await member();
    const outsider = unitAdmin(randomUUID());
    await expect(new MemberService(as(outsider)).update({ id: m.id, expectedVersion: 1, position: '越权' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const own = unitAdmin(m.unitId);
    await expect(new MemberService(as(own)).transfer({ id: m.id, expectedVersion: 1, unitId: randomUUID() })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await db.sql('select position, unit_id, version from members.member where id = $1', [m.id])).toEqual([{ position: '科员', unit_id: m.unitId, version: 1 }]);
    expect(await auditOf(m.id)).toEqual([]);
  });

  it('refuse facts that break the rules, naming the field', async () => {
    const m = await member();
    await expect(new MemberService(as(admin)).update({ id: m.id, expectedVersion: 1, joinedPartyOn: '1990-01-01' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'joinedPartyOn' },
    });
    await expect(
      new ActivityService(as(admin)).record({ memberId: m.id, type: ActivityType.VOLUNTEER_SERVICE, date: '2007-01-01', hours: 1, title: '入党前', description: '' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'date' } });
    expect(await auditOf(m.id)).toEqual([]);
  });

  it('store names, positions and titles as long as the inputs accept (the migrations and the limits agree)', async () => {
    const columns = await db.sql<{ column: string; max: number }>(
      `select table_name || '.' || column_name as column, character_maximum_length as max from information_schema.columns
       where table_schema = 'members' and column_name in ('name', 'position', 'title') and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    expect(columns).toEqual([
      { column: 'activity_record.title', max: ACTIVITY_TITLE_MAX },
      { column: 'member.name', max: MEMBER_NAME_MAX },
      { column: 'member.position', max: POSITION_MAX },
    ]);
  });
});
