import { copyRows, type Orm } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { SCHEMA } from './database-schema.js';

export type MembersSeed = Pick<SeedData, 'members' | 'activities'>;

/**
 * Loads the demo members and their activities into an empty members schema: one COPY per table,
 * in one transaction. Does nothing when any member exists, so users' data is never
 * overwritten. Returns whether it loaded.
 */
export async function loadMembersSeed(orm: Orm, data: MembersSeed): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: number }[]>(`select exists (select 1 from "${SCHEMA}"."member") as n`);
  if (existing[0]!.n) return false;
  const now = new Date().toISOString();
  const unitOf = new Map(data.members.map((m) => [m.id, m.unitId]));
  await em.transactional(async (tx) => {
    await copyRows(
      tx, SCHEMA, 'member',
      ['id', 'unit_id', 'team_id', 'name', 'gender', 'birth_date', 'joined_party_on', 'status', 'position', 'phone', 'created_at', 'updated_at'],
      data.members.map((m) => [m.id, m.unitId, m.teamId, m.name, m.gender, m.birthDate, m.joinedPartyOn, m.status, m.position, m.phone, now, now]),
    );
    await copyRows(
      tx, SCHEMA, 'activity_record',
      ['id', 'member_id', 'unit_id', 'type', 'date', 'hours', 'title', 'description', 'recorded_by', 'created_at'],
      data.activities.map((a) => [a.id, a.memberId, unitOf.get(a.memberId), a.type, a.date, a.hours, a.title, a.description, 'seed', now]),
    );
  });
  return true;
}
