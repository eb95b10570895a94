import { argsLoader, byIdLoader, type Caller } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ActivityRepository, type ActivityTotalRow } from './activity/activity.repository.js';
import type { ActivityRecord } from './activity/activity.entity.js';
import { EMPTY_PAGE, MemberRepository, type CountArgs, type MemberPage, type PageArgs, type PersonalReads } from './member/member.repository.js';

/**
 * Batching only: each loader gathers what the resolvers of one request ask for and hands it to a
 * repository in one call, so lists, counts and totals for many parents cost one statement each.
 */
export function createLoaders(em: EntityManager, caller: Caller | null) {
  const members = new MemberRepository(em);
  const activities = new ActivityRepository(em);
  return {
    member: byIdLoader((ids) => members.byIds(ids)),
    activity: byIdLoader((ids) => activities.byIds(ids)),
    memberPage: argsLoader<PageArgs, MemberPage>((args, ids) => members.pages(args, ids), () => EMPTY_PAGE),
    memberCount: argsLoader<CountArgs, number>((args, ids) => members.counts(args, ids), () => 0),
    activitiesByMember: argsLoader<{ year: number | null }, ActivityRecord[]>(({ year }, ids) => activities.byMembers(ids, year), () => []),
    activityTotals: argsLoader<{ year: number }, ActivityTotalRow[]>(({ year }, ids) => activities.totals(year, ids), () => []),
    /** Keys `unitId|memberId|field`: the personal fields a request shows, audited together. */
    personalRead: new DataLoader<string, true>(async (keys) => {
      const reads: PersonalReads = new Map();
      for (const key of keys) {
        const [unitId, memberId, field] = key.split('|') as [string, string, string];
        let entry = reads.get(unitId);
        if (!entry) reads.set(unitId, (entry = { members: new Set(), fields: new Set() }));
        entry.members.add(memberId);
        entry.fields.add(field);
      }
      await members.auditPersonalReads(caller, reads);
      return keys.map(() => true as const);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
