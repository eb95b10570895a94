import { describe, expect, it } from 'vitest';
import { HONORS, cityData } from '../report.fixture.js';
import type { HonorNode } from '../collect.js';
import { actionTotals, activitySummary, basics, batches, gradeOf, ledgerFacts, lowGrades, pickExamples, revokedHonors, shortfalls, tierCounts } from './figures.js';

describe('the report’s figures', () => {
  it('counts the city’s units, and members and teams of the participating units only', () => {
    expect(basics(cityData())).toEqual({ units: 4, participating: 3, excluded: 1, industries: 3, members: 77, teams: 10 });
  });

  it('sums the participating units’ activities by type and month, leaving out the units that run their own action', () => {
    const data = cityData();
    const summary = activitySummary(['u1', 'u2', 'u3'].flatMap((id) => data.activity.get(id) ?? []));
    expect(summary).toMatchObject({ count: 6, hours: 13.5, personTimes: 6 });
    expect(summary.byType.find((t) => t.type === 'POST_COMPETITION')).toEqual({ type: 'POST_COMPETITION', count: 4, hours: 8 });
    expect(summary.byType.find((t) => t.type === 'SKILL_CONTEST')).toEqual({ type: 'SKILL_CONTEST', count: 0, hours: 0 });
    expect(summary.cells).toEqual([
      { type: 'POST_COMPETITION', month: 5, count: 3 },
      { type: 'POST_COMPETITION', month: 6, count: 1 },
      { type: 'VOLUNTEER_SERVICE', month: 6, count: 2 },
    ]);
  });

  it('lists every unit short of its post or team target with exactly what it lacks', () => {
    const short = shortfalls(cityData());
    expect(short.map((s) => [s.unit.code, s.postsLacking, s.teamsLacking])).toEqual([
      ['U001', 1, 0],
      ['U002', 1, 1],
      ['U003', 1, 1],
    ]);
  });

  it('counts candidacies per tier: declared leaves out rejected, withdrawn and revoked; named takes in rectifying', () => {
    const posts = tierCounts(cityData().honorCounts).find((t) => t.tier === 'POST')!;
    expect(posts).toEqual({ tier: 'POST', total: 6, declared: 4, inProgress: 1, named: 3, rectifying: 1, rejected: 1, withdrawn: 0, revoked: 1 });
  });

  it('groups every honor ever named by batch, in the order named, and says whether the first was named by 七一', () => {
    const list = batches(HONORS, '2016-07-01');
    expect(list.map((b) => [b.name, b.firstNamedOn, b.total, b.byTier, b.byFirstBatchDay])).toEqual([
      ['七一前首批', '2016-06-30', 4, { POST: 3, TEAM: 1, UNIT: 0, INDUSTRY: 0 }, true],
      ['国庆前第二批', '2016-09-29', 3, { POST: 1, TEAM: 0, UNIT: 1, INDUSTRY: 1 }, false],
    ]);
    expect(batches(HONORS, '2016-06-29')[0]!.byFirstBatchDay).toBe(false);
  });

  it('sums the management actions per action, zero for an action never taken', () => {
    expect(actionTotals(cityData().actions)).toEqual({ COMMEND: 1, ORDER_RECTIFICATION: 1, PASS_RECTIFICATION: 0, FAIL_RECTIFICATION: 0, REVOKE: 1 });
  });

  it('finds the revoked honors and the commended named posts and teams of the year by their histories', () => {
    expect(revokedHonors(HONORS, 2016).map((r) => [r.honor.subject.name, r.on, r.by])).toEqual([['赵六', '2016-11-02', 'REVOKE']]);
    expect(pickExamples(HONORS, 2016).map((h) => h.subject.name)).toEqual(['张三']);
    expect(pickExamples(HONORS, 2017)).toEqual([]);
  });

  it('takes the city’s ledger counts as the gateway gives them, and one unit’s from its own row', () => {
    expect(ledgerFacts(cityData())).toMatchObject({ participating: 3, onTime: 1, late: 1, missing: 1 });
    const data = { ...cityData(), scope: { kind: 'unit' as const, unit: cityData().units[1]! } };
    expect(ledgerFacts(data)).toMatchObject({ participating: 1, onTime: 0, late: 1, missing: 0 });
  });

  it('picks the named posts and teams with the highest scores when graded, and lists the named ones graded fair or poor', () => {
    const graded = (h: HonorNode, weightedScore: number | null, grade: string | null): HonorNode => ({ ...h, subject: { ...h.subject, evaluationSummary: { count: 10, weightedScore, grade } } as HonorNode['subject'] });
    const [zhang, li, wang, , , , team] = HONORS;
    const honors = [graded(zhang!, 91.5, 'EXCELLENT'), graded(li!, 95.25, 'EXCELLENT'), graded(wang!, 65, 'FAIR'), graded(team!, 79.99, 'FAIR'), ...HONORS.slice(7)];
    expect(pickExamples(honors, 2016).map((h) => h.subject.name)).toEqual(['李四', '张三', '秘书科']);
    expect(pickExamples(honors, 2016, 1).map((h) => h.subject.name)).toEqual(['李四', '秘书科']);
    // 王五 is rectifying, still named: fair counts; ungraded subjects are left out.
    expect(lowGrades(honors).map((h) => [h.subject.name, gradeOf(h)!.score])).toEqual([['王五', 65], ['秘书科', 79.99]]);
    expect(gradeOf(graded(zhang!, null, null))).toBeNull();
  });
});
