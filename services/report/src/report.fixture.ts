// A small city's answers, as the gateway would give them: the report's own tests build and render
// from it without a platform (test/src/report.test.ts checks the real gateway's answers).
import type { HonorNode, ReportData, UnitRow } from './collect.js';

const industry = (n: number, name: string) => ({ id: `i${n}`, code: `IND-0${n}`, name });
const unit = (n: number, name: string, ind: ReturnType<typeof industry>, members: number, teams: number, excluded = false): UnitRow => ({
  id: `u${n}`,
  code: `U00${n}`,
  name,
  excluded,
  partyMemberCount: members,
  teamCount: teams,
  industry: ind,
});

const party = industry(1, '党群系统');
const economy = industry(2, '经济管理系统');
const law = industry(3, '政法系统');
export const UNITS: UnitRow[] = [
  unit(1, '市委办公室', party, 40, 5),
  unit(2, '市财政局', economy, 25, 3),
  unit(3, '市审计局', economy, 12, 2),
  unit(4, '市公安局', law, 80, 9, true),
];

const quota = (members: number, teams: number, posts: number, teamsDeclared: number) => {
  const postTarget = Math.ceil(members * 0.1);
  const teamTarget = Math.ceil(teams * 0.1);
  const figure = (count: number, target: number) => ({ count, target, ratio: target === 0 ? 1 : count / target, attained: count >= target });
  return { partyMembers: members, teams, posts: figure(posts, postTarget), teamQuota: figure(teamsDeclared, teamTarget) };
};

let serial = 0;
function honor(tier: string, status: string, subject: HonorNode['subject'], unitId: string | null, extra: Partial<HonorNode> = {}): HonorNode {
  serial += 1;
  return {
    id: `h${serial}`,
    tier: tier as HonorNode['tier'],
    status: status as HonorNode['status'],
    declaredOn: '2016-05-06',
    publicityStartsOn: null,
    publicityEndsOn: null,
    namedOn: null,
    batch: null,
    plaqueNumber: null,
    rectificationDeadline: null,
    overdue: false,
    unit: unitId ? { id: unitId } : null,
    industry: { id: 'i1', name: '党群系统' },
    subject,
    events: [],
    ...extra,
  };
}
const member = (id: string, name: string) => ({ __typename: 'Member' as const, id, name, position: '科员', team: { id: 't1', name: '秘书科' } });
const named = (batch: string, namedOn: string, plaque: string) => ({ batch, namedOn, plaqueNumber: plaque, publicityStartsOn: '2016-06-01', publicityEndsOn: '2016-06-07' });

export const HONORS: HonorNode[] = [
  honor('POST', 'NAMED', member('m1', '张三'), 'u1', { ...named('七一前首批', '2016-06-30', 'BZ2016-POST-0001'), events: [{ action: 'COMMEND', at: '2016-12-10T02:00:00.000Z' }] }),
  honor('POST', 'NAMED', member('m2', '李四'), 'u1', named('七一前首批', '2016-06-30', 'BZ2016-POST-0002')),
  honor('POST', 'RECTIFYING', member('m3', '王五'), 'u2', { ...named('国庆前第二批', '2016-09-29', 'BZ2016-POST-0003'), rectificationDeadline: '2016-11-30', overdue: true }),
  honor('POST', 'REVOKED', member('m4', '赵六'), 'u2', { ...named('七一前首批', '2016-06-30', 'BZ2016-POST-0004'), events: [{ action: 'REVOKE', at: '2016-11-02T03:00:00.000Z' }] }),
  honor('POST', 'MASS_REVIEW', member('m5', '钱七'), 'u3'),
  honor('POST', 'REJECTED', member('m6', '孙八'), 'u3'),
  honor('TEAM', 'NAMED', { __typename: 'Team', id: 't1', name: '秘书科' }, 'u1', named('七一前首批', '2016-06-30', 'BZ2016-TEAM-0001')),
  honor('UNIT', 'NAMED', { __typename: 'Unit', id: 'u1', name: '市委办公室' }, 'u1', named('国庆前第二批', '2016-09-29', 'BZ2016-UNIT-0001')),
  honor('INDUSTRY', 'NAMED', { __typename: 'Industry', id: 'i2', name: '经济管理系统' }, null, named('国庆前第二批', '2016-09-29', 'BZ2016-IND-0001')),
];

function honorCounts() {
  const counts = new Map<string, { unitId: string | null; tier: HonorNode['tier']; status: HonorNode['status']; count: number }>();
  for (const h of HONORS) {
    const key = `${h.unit?.id}/${h.tier}/${h.status}`;
    const row = counts.get(key) ?? { unitId: h.unit?.id ?? null, tier: h.tier, status: h.status, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()];
}

/** The city's report data of the fixture (as of the year's end). */
export function cityData(): ReportData {
  const quotas = new Map([
    ['u1', quota(40, 5, 3, 1)],
    ['u2', quota(25, 3, 2, 0)],
    ['u3', quota(12, 2, 1, 0)],
  ]);
  return {
    year: 2016,
    asOf: '2016-12-31',
    campaign: {
      id: 'c2016',
      year: 2016,
      name: '2016年共产党员示范行动',
      phases: [
        { name: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
        { name: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
        { name: '巩固提升', startsOn: '2016-12-01', endsOn: '2016-12-31' },
      ],
      ledgerDueOn: '2016-06-20',
      firstBatchBy: '2016-07-01',
      postRatio: 0.1,
      teamRatio: 0.1,
      unitRatio: 0.1,
      industryMin: 2,
      industryMax: 3,
      publicityWorkingDays: 5,
    },
    scope: { kind: 'city' },
    units: UNITS,
    activity: new Map([
      ['u1', [
        { type: 'POST_COMPETITION', month: 5, count: 3, hours: 6, members: 3 },
        { type: 'VOLUNTEER_SERVICE', month: 6, count: 2, hours: 5.5, members: 2 },
      ]],
      ['u2', [{ type: 'POST_COMPETITION', month: 6, count: 1, hours: 2, members: 1 }]],
      ['u4', [{ type: 'SKILL_CONTEST', month: 7, count: 9, hours: 9, members: 9 }]],
    ]) as ReportData['activity'],
    quotas,
    attainment: {
      participatingUnits: 3,
      posts: { count: 6, target: 9, ratio: 6 / 9, attained: false, unitsAttaining: 0 },
      teams: { count: 1, target: 3, ratio: 1 / 3, attained: false, unitsAttaining: 0 },
      units: { count: 1, target: 1, ratio: 1, attained: true },
      industries: { count: 1, target: 2, ratio: 0.5, attained: false, min: 2, max: 3 },
    },
    honorCounts: honorCounts(),
    honors: HONORS,
    actions: [
      { action: 'ORDER_RECTIFICATION', unitId: 'u2', month: '2016-10', count: 1 },
      { action: 'REVOKE', unitId: 'u2', month: '2016-11', count: 1 },
      { action: 'COMMEND', unitId: 'u1', month: '2016-12', count: 1 },
    ],
    rectifications: [
      { honorId: 'h3', unitId: 'u2', tier: 'POST', reason: '示范牌未公开悬挂', orderedOn: '2016-10-20', deadline: '2016-11-30', outcome: 'OPEN', closedBy: null, closedOn: null, overdue: true },
    ],
    ledgers: {
      dueOn: '2016-06-20',
      participatingCount: 3,
      onTimeCount: 1,
      lateCount: 1,
      missingCount: 1,
      units: [
        { unit: { id: 'u1' }, status: 'ON_TIME', submissionCount: 2, latest: { submittedOn: '2016-07-02', submittedAt: '2016-07-02T01:00:00.000Z', submittedBy: 'u1-admin', contents: { posts: 3, teams: 1, units: 1, named: 0 } }, history: [{ submittedOn: '2016-07-02' }, { submittedOn: '2016-06-18' }] },
        { unit: { id: 'u2' }, status: 'LATE', submissionCount: 1, latest: { submittedOn: '2016-06-25', submittedAt: '2016-06-25T01:00:00.000Z', submittedBy: 'u2-admin', contents: { posts: 2, teams: 0, units: 0, named: 0 } }, history: [{ submittedOn: '2016-06-25' }] },
        { unit: { id: 'u3' }, status: 'MISSING', submissionCount: 0, latest: null, history: [] },
      ],
    },
    examples: [{ honorId: 'h1', members: 1, activities: [{ type: 'POST_COMPETITION', date: '2016-05-20', hours: 2, title: '窗口服务竞赛' }] }],
    evaluations: null,
  };
}
