// ReportData → Report: the eight sections in the order a 总结 is written, every figure from
// ./figures.ts, every chart from the dashboard's option builders.
import {
  PARTICIPATING_COLOR,
  UNATTAINED_COLOR,
  activityMonthsOption,
  activityTypesOption,
  barChartHeight,
  breakdownOption,
  campaignTimelineOption,
  quotaAttainmentOption,
  scoreTrendOption,
  shareOption,
  timelineHeight,
  unitsByIndustryOption,
  type ChartEnv,
  type QuotaChartRow,
} from '@sfxd/dashboard/charts';
import type { EChartsOption } from 'echarts';
import type { HonorNode, ReportData, UnitRow } from '../collect.js';
import { LOCALE, WORDS, type Words } from '../i18n.js';
import {
  ACTIONS,
  ACTIVITY_TYPES,
  TIERS,
  actionTotals,
  actionsByMonth,
  basics,
  batches,
  firstSubmittedOn,
  gradeOf,
  honorsWithAction,
  ledgerFacts,
  lowGrades,
  rectificationFacts,
  revokedHonors,
  round1,
  scopeActivity,
  shortfalls,
  subjectName,
  tierCounts,
  unitsByIndustry,
} from './figures.js';
import type { Block, Chart, Lang, Report, Section, Table } from './types.js';

const CHART_WIDTH = 800;
const LATE_COLOR = '#E69F00';
const PHASES_EN: Record<string, string> = { 启动: 'Launch', 深化实施: 'Implementation', 巩固提升: 'Consolidation' };

export function buildReport(data: ReportData, lang: Lang = 'zh'): Report {
  const w = WORDS[lang];
  const env: ChartEnv = { locale: LOCALE[lang], animation: false };
  const ctx: Ctx = { data, w, env, lang, unitsById: new Map(data.units.map((u) => [u.id, u])) };
  const participating = data.units.filter((u) => !u.excluded).length;
  const title = data.scope.kind === 'unit' ? w.titleUnit(data.scope.unit.name, data.campaign.name) : w.titleCity(data.campaign.name);
  const subtitle = [
    data.scope.kind === 'unit' ? w.scopeUnit(data.scope.unit.code, data.scope.unit.industry.name) : w.scopeCity(participating),
    w.subtitle(data.asOf),
  ];
  const sections: Section[] = [
    { id: 'basics', heading: w.sections.basics, blocks: basicsSection(ctx) },
    { id: 'quota', heading: w.sections.quota, blocks: quotaSection(ctx) },
    { id: 'naming', heading: w.sections.naming, blocks: namingSection(ctx) },
    { id: 'management', heading: w.sections.management, blocks: managementSection(ctx) },
    { id: 'evaluation', heading: w.sections.evaluation, blocks: evaluationSection(ctx) },
    { id: 'ledger', heading: w.sections.ledger, blocks: ledgerSection(ctx) },
    { id: 'examples', heading: w.sections.examples, blocks: examplesSection(ctx) },
    { id: 'issues', heading: w.sections.issues, blocks: issuesSection(ctx) },
  ];
  return { lang, title, subtitle, sections, todoMark: w.todo };
}

interface Ctx {
  data: ReportData;
  w: Words;
  env: ChartEnv;
  lang: Lang;
  unitsById: Map<string, UnitRow>;
}

/** A chart block: the option with no toolbox (a printed page has no buttons), and its aria description as the alt text. */
function chart(id: string, option: EChartsOption, height: number): Chart {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return { kind: 'chart', id, option: { ...option, toolbox: { show: false } }, width: CHART_WIDTH, height, alt: aria?.label?.description ?? '' };
}

const unitName = (ctx: Ctx, unitId: string | null | undefined) => (unitId ? ctx.unitsById.get(unitId)?.name ?? '' : '');
const phaseName = (ctx: Ctx, name: string) => (ctx.lang === 'en' ? PHASES_EN[name] ?? name : name);

function basicsSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const b = basics(data);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.sub(1, w.basicsUnitsHeading) }];
  if (data.scope.kind === 'city') {
    blocks.push({ kind: 'paragraph', text: w.basicsCity(b) });
    const rows = unitsByIndustry(data.units);
    blocks.push(
      chart(
        'industries',
        unitsByIndustryOption(
          { rows: rows.map((r) => ({ id: r.id, name: r.name, participating: r.participating, excluded: r.excluded })) },
          { title: w.charts.industries, industry: w.charts.industry, participating: w.charts.participating, excluded: w.charts.excluded },
          ctx.env,
        ),
        barChartHeight(rows.length),
      ),
    );
  } else {
    const u = data.scope.unit;
    blocks.push({ kind: 'paragraph', text: w.basicsUnit(u.name, u.industry.name, u.partyMemberCount, u.teamCount, u.excluded) });
  }

  // (二) the campaign's timeline: phases, the ledger's due day, the first batch by 七一, publicity windows.
  const c = data.campaign;
  blocks.push({ kind: 'heading', level: 2, text: w.sub(2, w.timelineHeading) });
  blocks.push({ kind: 'paragraph', text: w.timeline(c.phases.map((p) => w.phaseSpan(phaseName(ctx, p.name), p.startsOn, p.endsOn)).join(w.sep), c.ledgerDueOn, c.firstBatchBy) });
  const windows = new Map<string, { label: string; startsOn: string; endsOn: string }>();
  for (const h of data.honors) {
    if (!h.publicityStartsOn || !h.publicityEndsOn) continue;
    const key = `${h.publicityStartsOn}/${h.publicityEndsOn}`;
    if (!windows.has(key)) windows.set(key, { label: w.charts.publicity(h.batch ?? w.noBatchName), startsOn: h.publicityStartsOn, endsOn: h.publicityEndsOn });
  }
  const timeline = {
    phases: c.phases.map((p) => ({ label: phaseName(ctx, p.name), startsOn: p.startsOn, endsOn: p.endsOn })),
    milestones: [
      { label: w.charts.ledgerDue, on: c.ledgerDueOn },
      { label: w.charts.firstBatch, on: c.firstBatchBy },
    ],
    windows: [...windows.values()].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1)).slice(0, 6),
  };
  blocks.push(
    chart(
      'timeline',
      campaignTimelineOption(
        { ...timeline, today: { on: data.asOf, label: data.asOf.endsWith('-12-31') ? w.charts.yearEnd : w.day(data.asOf) } },
        {
          title: w.charts.timeline,
          subtitle: c.name,
          item: w.charts.timelineItem,
          kind: w.charts.timelineKind,
          startsOn: w.charts.startsOn,
          endsOn: w.charts.endsOn,
          kinds: w.charts.kinds,
        },
        ctx.env,
      ),
      timelineHeight(timeline.phases.length + timeline.milestones.length + timeline.windows.length),
    ),
  );

  // (三) activities.
  blocks.push({ kind: 'heading', level: 2, text: w.sub(3, w.activityHeading) });
  const a = scopeActivity(data);
  if (a.count === 0) {
    blocks.push({ kind: 'paragraph', text: w.noActivity(data.year) });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: w.activity(a.count, a.hours, a.personTimes) });
  const types = a.byType.filter((t) => t.count > 0);
  blocks.push({ kind: 'paragraph', text: w.activityTop(types.map((t) => w.activityTypeCount(w.activityTypes[t.type] ?? t.type, t.count, t.hours)).join(w.sep)) });
  blocks.push(table('activityTypes', w.tables.activityTypes, [
    { key: 'type', label: w.t.type, kind: 'text' },
    { key: 'count', label: w.t.activities, kind: 'int' },
    { key: 'hours', label: w.t.hours, kind: 'float' },
  ], [...a.byType.map((t) => [w.activityTypes[t.type] ?? t.type, t.count, t.hours]), [w.t.sum, a.count, a.hours]]));
  const kinds = ACTIVITY_TYPES.map((key) => ({ key, label: w.activityTypes[key] ?? key }));
  blocks.push(chart('activityMonths', activityMonthsOption({ kinds, cells: a.cells }, { title: w.charts.activityMonths, month: w.charts.month, total: w.charts.total }, ctx.env), 420));
  blocks.push(
    chart(
      'activityTypes',
      activityTypesOption(
        { rows: a.byType.map((t) => ({ key: t.type, label: w.activityTypes[t.type] ?? t.type, count: t.count, hours: t.hours })) },
        { title: w.charts.activityTypes, type: w.charts.type, count: w.charts.count, hours: w.charts.hours },
        ctx.env,
      ),
      400,
    ),
  );
  return blocks;
}

function table(id: string, title: string, columns: Table['columns'], rows: Table['rows'], note?: string): Table {
  return { kind: 'table', id, title, columns, rows, ...(note ? { note } : {}) };
}

const share = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

function quotaSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const c = data.campaign;
  const blocks: Block[] = [
    { kind: 'paragraph', text: w.quotaIntro(share(c.postRatio), share(c.teamRatio), share(c.unitRatio), c.industryMin === c.industryMax ? String(c.industryMin) : `${c.industryMin}${ctx.lang === 'zh' ? '至' : ' to '}${c.industryMax}`) },
  ];
  if (data.scope.kind === 'unit') {
    const unit = data.scope.unit;
    const quota = data.quotas.get(unit.id);
    if (!quota) {
      blocks.push({ kind: 'paragraph', text: w.quotaExcluded });
      return blocks;
    }
    blocks.push({ kind: 'paragraph', text: w.quotaUnitPosts(quota.posts.count, quota.posts.target, quota.posts.ratio, quota.partyMembers, quota.posts.attained) });
    blocks.push({ kind: 'paragraph', text: w.quotaUnitTeams(quota.teamQuota.count, quota.teamQuota.target, quota.teamQuota.ratio, quota.teams, quota.teamQuota.attained) });
    const named = data.honors.some((h) => h.tier === 'UNIT' && (h.status === 'NAMED' || h.status === 'RECTIFYING'));
    blocks.push({ kind: 'paragraph', text: w.quotaUnitNamed(named) });
    blocks.push(table('quota', w.tables.quotaUnit, quotaColumns(w, false), [
      [w.tiers.POST!, quota.posts.count, quota.posts.target, quota.posts.ratio, quota.posts.attained],
      [w.tiers.TEAM!, quota.teamQuota.count, quota.teamQuota.target, quota.teamQuota.ratio, quota.teamQuota.attained],
    ], w.quotaNote));
    return blocks;
  }

  const q = data.attainment;
  if (q) {
    blocks.push({ kind: 'heading', level: 2, text: w.sub(1, w.tables.quota) });
    blocks.push({ kind: 'paragraph', text: w.quotaPosts(q.posts, q.participatingUnits) });
    blocks.push({ kind: 'paragraph', text: w.quotaTeams(q.teams, q.participatingUnits) });
    blocks.push({ kind: 'paragraph', text: w.quotaUnits(q.units) });
    blocks.push({ kind: 'paragraph', text: w.quotaIndustries(q.industries) });
    blocks.push(table('quota', w.tables.quota, quotaColumns(w, true), [
      [w.tiers.POST!, q.posts.count, q.posts.target, q.posts.ratio, q.posts.attained, q.posts.unitsAttaining],
      [w.tiers.TEAM!, q.teams.count, q.teams.target, q.teams.ratio, q.teams.attained, q.teams.unitsAttaining],
      [w.tiers.UNIT!, q.units.count, q.units.target, q.units.ratio, q.units.attained, null],
      [w.tiers.INDUSTRY!, q.industries.count, q.industries.target, q.industries.ratio, q.industries.attained, null],
    ], w.quotaNote));
  }

  const short = shortfalls(data);
  blocks.push({ kind: 'heading', level: 2, text: w.sub(2, w.shortHeading) });
  if (short.length === 0) {
    blocks.push({ kind: 'paragraph', text: w.shortNone });
    return blocks;
  }
  const postsShort = short.filter((s) => !s.quota.posts.attained);
  const teamsShort = short.filter((s) => !s.quota.teamQuota.attained);
  blocks.push({ kind: 'paragraph', text: w.shortCount(short.length, postsShort.length, teamsShort.length) });
  blocks.push(table('short', w.tables.short, [
    { key: 'unitCode', label: w.t.unitCode, kind: 'text' },
    { key: 'unit', label: w.t.unit, kind: 'text' },
    { key: 'postsCount', label: w.t.postsCount, kind: 'int' },
    { key: 'postsTarget', label: w.t.postsTarget, kind: 'int' },
    { key: 'postsLack', label: w.t.postsLack, kind: 'int' },
    { key: 'teamsCount', label: w.t.teamsCount, kind: 'int' },
    { key: 'teamsTarget', label: w.t.teamsTarget, kind: 'int' },
    { key: 'teamsLack', label: w.t.teamsLack, kind: 'int' },
  ], short.map((s) => [s.unit.code, s.unit.name, s.quota.posts.count, s.quota.posts.target, s.postsLacking, s.quota.teamQuota.count, s.quota.teamQuota.target, s.teamsLacking])));
  const rows: QuotaChartRow[] = short.map((s) => ({ id: s.unit.id, name: s.unit.name, posts: s.quota.posts, teams: s.quota.teamQuota }));
  const quotaText = {
    name: w.charts.quotaName, count: w.charts.quotaCount, target: w.charts.quotaTarget, ratio: w.charts.quotaRatio,
    status: w.charts.quotaStatus, attained: w.charts.quotaAttained, unattained: w.charts.quotaUnattained,
  };
  for (const [metric, list, title] of [['posts', postsShort, w.charts.postsShort], ['teams', teamsShort, w.charts.teamsShort]] as const) {
    if (list.length === 0) continue;
    const chartRows = rows.filter((r) => list.some((s) => s.unit.id === r.id));
    // Every row drawn: a printed page cannot scroll.
    blocks.push(chart(`${metric}Short`, quotaAttainmentOption(chartRows, { metric, visible: chartRows.length }, { ...quotaText, title }, ctx.env), barChartHeight(chartRows.length, { rowHeight: 28 })));
  }
  return blocks;
}

function quotaColumns(w: Words, city: boolean): Table['columns'] {
  return [
    { key: 'item', label: w.t.item, kind: 'text' },
    { key: 'count', label: w.t.count, kind: 'int' },
    { key: 'target', label: w.t.target, kind: 'int' },
    { key: 'ratio', label: w.t.ratio, kind: 'percent' },
    { key: 'attained', label: w.t.attained, kind: 'bool' },
    ...(city ? [{ key: 'unitsAttaining', label: w.t.unitsAttaining, kind: 'int' as const }] : []),
  ];
}

function namingSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const tiers = tierCounts(data.honorCounts).filter((t) => data.scope.kind === 'city' || t.tier !== 'INDUSTRY');
  const sum = (k: 'total' | 'declared' | 'named' | 'inProgress') => tiers.reduce((s, t) => s + t[k], 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: w.namingTotals(sum('total'), sum('declared'), sum('named'), sum('inProgress')) },
    { kind: 'paragraph', text: `${tiers.map((t) => w.namingTier(w.tiers[t.tier]!, t)).join(w.semicolon)}${w.stop}` },
    table('tiers', w.tables.tiers, [
      { key: 'tier', label: w.t.tier, kind: 'text' },
      { key: 'total', label: w.t.total, kind: 'int' },
      { key: 'declared', label: w.t.declared, kind: 'int' },
      { key: 'inProgress', label: w.t.inProgress, kind: 'int' },
      { key: 'named', label: w.t.named, kind: 'int' },
      { key: 'rectifying', label: w.t.rectifying, kind: 'int' },
      { key: 'rejected', label: w.t.rejected, kind: 'int' },
      { key: 'withdrawn', label: w.t.withdrawn, kind: 'int' },
      { key: 'revoked', label: w.t.revoked, kind: 'int' },
    ], tiers.map((t) => [w.tiers[t.tier]!, t.total, t.declared, t.inProgress, t.named, t.rectifying, t.rejected, t.withdrawn, t.revoked])),
  ];

  const list = batches(data.honors, data.campaign.firstBatchBy);
  blocks.push({ kind: 'heading', level: 2, text: w.sub(1, w.batchesHeading) });
  if (list.length === 0) {
    blocks.push({ kind: 'paragraph', text: w.noBatch(data.campaign.firstBatchBy) });
    return blocks;
  }
  const shownTiers = TIERS.filter((t) => data.scope.kind === 'city' || t !== 'INDUSTRY');
  const batchName = (name: string | null) => name ?? w.noBatchName;
  blocks.push({
    kind: 'list',
    items: list.map((b) => w.batchLine(batchName(b.name), b.firstNamedOn, b.lastNamedOn, b.total, shownTiers.filter((t) => b.byTier[t] > 0).map((t) => `${w.tiers[t]}${ctx.lang === 'zh' ? '' : ' '}${b.byTier[t]}`).join(w.sep))),
  });
  const first = list[0]!;
  blocks.push({ kind: 'paragraph', text: first.byFirstBatchDay ? w.firstBatchOk(batchName(first.name), first.lastNamedOn, data.campaign.firstBatchBy) : w.firstBatchLate(batchName(first.name), first.lastNamedOn, data.campaign.firstBatchBy) });
  blocks.push(table('batches', w.tables.batches, [
    { key: 'batch', label: w.t.batch, kind: 'text' },
    { key: 'firstNamedOn', label: w.t.firstNamedOn, kind: 'date' },
    { key: 'lastNamedOn', label: w.t.lastNamedOn, kind: 'date' },
    ...shownTiers.map((t) => ({ key: t, label: w.tiers[t]!, kind: 'int' as const })),
    { key: 'total', label: w.t.sum, kind: 'int' },
    { key: 'byFirstBatchDay', label: w.t.byFirstBatchDay, kind: 'bool' },
  ], list.map((b) => [batchName(b.name), b.firstNamedOn, b.lastNamedOn, ...shownTiers.map((t) => b.byTier[t]), b.total, b.byFirstBatchDay]), w.batchNote));
  blocks.push(
    chart(
      'batches',
      breakdownOption(
        {
          categories: shownTiers.map((t) => ({ key: t, label: w.tiers[t]! })),
          series: list.map((b, i) => ({ key: `b${i}`, label: batchName(b.name) })),
          cells: list.flatMap((b, i) => shownTiers.map((t) => ({ category: t, series: `b${i}`, count: b.byTier[t] }))),
          horizontal: true,
        },
        { title: w.charts.batches, category: w.charts.tier, total: w.charts.total },
        ctx.env,
      ),
      barChartHeight(shownTiers.length, { rowHeight: 48, min: 280 }),
    ),
  );
  return blocks;
}

function honorLabel(ctx: Ctx, honor: HonorNode): { subject: string; unit: string } {
  return { subject: subjectName(honor), unit: unitName(ctx, honor.unit?.id) || honor.industry.name };
}

function managementSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const totals = actionTotals(data.actions);
  const blocks: Block[] = [{ kind: 'paragraph', text: w.managementTotals(totals) }];
  const months = actionsByMonth(data.actions);
  if (months.length > 0) {
    blocks.push(
      chart(
        'actions',
        breakdownOption(
          {
            categories: months.map((m) => ({ key: m.month, label: w.month(m.month) })),
            series: ACTIONS.map((a) => ({ key: a, label: w.actions[a]! })),
            cells: months.flatMap((m) => ACTIONS.map((a) => ({ category: m.month, series: a, count: m.counts[a] }))),
          },
          { title: w.charts.actions, category: w.charts.month, total: w.charts.total },
          ctx.env,
        ),
        380,
      ),
    );
  }

  // (一) 限期整改
  const facts = rectificationFacts(data.rectifications);
  blocks.push({ kind: 'heading', level: 2, text: w.sub(1, w.rectHeading) });
  if (facts.all.length === 0) blocks.push({ kind: 'paragraph', text: w.rectNone });
  else {
    blocks.push({ kind: 'paragraph', text: w.rectSummary(facts.all.length, facts.passed.length, facts.failed.length, facts.open.length, facts.overdue.length, data.asOf) });
    const byId = new Map(data.honors.map((h) => [h.id, h]));
    if (facts.overdue.length > 0) {
      blocks.push({
        kind: 'list',
        items: facts.overdue.map((r) => {
          const honor = byId.get(r.honorId);
          return `${w.overdueItem(honor ? subjectName(honor) : r.honorId, unitName(ctx, r.unitId), r.deadline)}${w.stop}`;
        }),
      });
    }
    blocks.push(table('rectifications', w.tables.rectifications, [
      { key: 'subject', label: w.t.subject, kind: 'text' },
      { key: 'unit', label: w.t.unit, kind: 'text' },
      { key: 'tier', label: w.t.tier, kind: 'text' },
      { key: 'reason', label: w.t.reason, kind: 'text' },
      { key: 'orderedOn', label: w.t.orderedOn, kind: 'date' },
      { key: 'deadline', label: w.t.deadline, kind: 'date' },
      { key: 'outcome', label: w.t.outcome, kind: 'text' },
      { key: 'closedOn', label: w.t.closedOn, kind: 'date' },
      { key: 'overdue', label: w.t.overdue, kind: 'bool' },
    ], facts.all.map((r) => {
      const honor = byId.get(r.honorId);
      return [honor ? subjectName(honor) : '', unitName(ctx, r.unitId) || (honor?.industry.name ?? ''), w.tiers[r.tier]!, r.reason, r.orderedOn, r.deadline, w.outcomes[r.outcome]!, r.closedOn, r.overdue];
    })));
  }

  // (二) 表彰奖励, (三) 撤销命名: who, by name.
  const commended = honorsWithAction(data.honors, 'COMMEND', data.year);
  blocks.push({ kind: 'heading', level: 2, text: w.sub(2, w.commendHeading) });
  if (commended.length === 0) blocks.push({ kind: 'paragraph', text: w.commendNone });
  else {
    const perTier = TIERS.map((t) => [t, commended.filter((c) => c.honor.tier === t).length] as const).filter(([, n]) => n > 0);
    blocks.push({ kind: 'paragraph', text: w.commendLine(commended.length, perTier.map(([t, n]) => w.tierCount(w.tiers[t]!, n)).join(w.sep)) });
    blocks.push(table('commended', w.tables.commended, [
      { key: 'subject', label: w.t.subject, kind: 'text' },
      { key: 'unit', label: w.t.unit, kind: 'text' },
      { key: 'tier', label: w.t.tier, kind: 'text' },
      { key: 'plaque', label: w.t.plaque, kind: 'text' },
      { key: 'on', label: w.t.commendedOn, kind: 'date' },
    ], commended.map(({ honor, on }) => {
      const { subject, unit } = honorLabel(ctx, honor);
      return [subject, unit === subject ? '' : unit, w.tiers[honor.tier]!, honor.plaqueNumber, on];
    })));
  }
  const revoked = revokedHonors(data.honors, data.year);
  blocks.push({ kind: 'heading', level: 2, text: w.sub(3, w.revokeHeading) });
  blocks.push({
    kind: 'paragraph',
    text: revoked.length === 0 ? w.revokeNone : w.revokeLine(revoked.map(({ honor, on, by }) => {
      const { subject, unit } = honorLabel(ctx, honor);
      return w.revokeItem(unit === subject ? '' : unit, subject, w.tiers[honor.tier]!, on, by === 'FAIL_RECTIFICATION');
    }).join(w.sep)),
  });
  return blocks;
}

const score2 = (n: number) => n.toFixed(2);
const percent1 = (r: number) => `${(Math.round(r * 1000) / 10).toFixed(1)}%`;

function evaluationSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const e = data.evaluations;
  if (!e) return [{ kind: 'paragraph', text: w.evaluationNone(data.year) }];
  const blocks: Block[] = [{ kind: 'paragraph', text: w.evaluationRounds(e.rounds.length, e.rounds.map((r) => r.name).join(w.sep)) }];
  const byRound = new Map(e.trend.byRound.map((p) => [p.round?.id, p]));

  // (一) per round
  blocks.push({ kind: 'heading', level: 2, text: w.sub(1, w.trendHeading) });
  blocks.push(table('evaluationRounds', w.tables.evaluationRounds, [
    { key: 'round', label: w.t.round, kind: 'text' },
    { key: 'roundKind', label: w.t.roundKind, kind: 'text' },
    { key: 'opensOn', label: w.t.opensOn, kind: 'date' },
    { key: 'closesOn', label: w.t.closesOn, kind: 'date' },
    { key: 'evaluations', label: w.t.evaluations, kind: 'int' },
    { key: 'weightedScore', label: w.t.weightedScore, kind: 'text' },
    { key: 'grade', label: w.t.grade, kind: 'text' },
    { key: 'massesCount', label: w.t.massesCount, kind: 'int' },
    { key: 'satisfaction', label: w.t.satisfaction, kind: 'percent' },
  ], e.rounds.map((r) => {
    const p = byRound.get(r.id);
    return [r.name, w.roundKinds[r.kind] ?? r.kind, r.opensOn, r.closesOn, p?.count ?? 0, p?.weightedScore != null ? score2(p.weightedScore) : null, p?.grade ? w.grades[p.grade]! : null, p?.massesCount ?? 0, p?.satisfactionRate ?? null];
  })));
  const points = e.rounds.filter((r) => byRound.has(r.id)).map((r) => {
    const p = byRound.get(r.id)!;
    return { label: r.name.replace(/^\d{4}年/, ''), score: p.weightedScore, satisfaction: p.satisfactionRate, count: p.count };
  });
  if (points.length > 0) {
    blocks.push(chart('trend', scoreTrendOption({ points }, { title: w.charts.trend, point: w.charts.trendPoint, score: w.charts.score, satisfaction: w.charts.satisfaction, count: w.charts.evaluations }, ctx.env), 400));
  }

  // (二) this year against the last
  blocks.push({ kind: 'heading', level: 2, text: w.sub(2, w.yearHeading) });
  const years = [...e.trend.byYear].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const current = years.find((y) => y.year === data.year);
  const previous = years.find((y) => y.year === data.year - 1);
  const yearText = (y: typeof current) =>
    y && y.weightedScore != null ? w.evaluationYear(y.year!, y.count, score2(y.weightedScore), y.grade ? w.grades[y.grade]! : '', y.satisfactionRate != null ? percent1(y.satisfactionRate) : '—') : '';
  if (current) blocks.push({ kind: 'paragraph', text: yearText(current) });
  if (current && previous && current.weightedScore != null && previous.weightedScore != null) {
    blocks.push({ kind: 'paragraph', text: yearText(previous) });
    const dRate = current.satisfactionRate != null && previous.satisfactionRate != null ? Math.round((current.satisfactionRate - previous.satisfactionRate) * 1000) / 10 : null;
    blocks.push({ kind: 'paragraph', text: w.evaluationCompare(data.year - 1, Math.round((current.weightedScore - previous.weightedScore) * 100) / 100, dRate) });
  } else blocks.push({ kind: 'paragraph', text: w.evaluationNoPrev(data.year - 1) });
  blocks.push(table('evaluationYears', w.tables.evaluationYears, [
    { key: 'year', label: w.t.year, kind: 'text' },
    { key: 'evaluations', label: w.t.evaluations, kind: 'int' },
    { key: 'weightedScore', label: w.t.weightedScore, kind: 'text' },
    { key: 'grade', label: w.t.grade, kind: 'text' },
    { key: 'massesCount', label: w.t.massesCount, kind: 'int' },
    { key: 'satisfaction', label: w.t.satisfaction, kind: 'percent' },
  ], years.filter((y) => y.year! <= data.year).map((y) => [String(y.year), y.count, y.weightedScore != null ? score2(y.weightedScore) : null, y.grade ? w.grades[y.grade]! : null, y.massesCount, y.satisfactionRate])));

  // (三) by evaluator kind, in the grading round
  const round = e.gradeRound;
  const kinds = e.histogram.filter((k) => k.total > 0);
  if (round && kinds.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: w.sub(3, w.kindsHeading) });
    const above80 = (k: (typeof kinds)[number]) => k.buckets.filter((b) => b.from >= 80).reduce((s, b) => s + b.count, 0) / k.total;
    blocks.push({ kind: 'paragraph', text: w.evaluationKinds(round.name, kinds.map((k) => w.kindShare(w.evaluatorKinds[k.kind]!, k.total, percent1(above80(k)))).join(w.semicolon)) });
    const bands = kinds[0]!.buckets;
    blocks.push(table('evaluationKinds', w.tables.evaluationKinds, [
      { key: 'evaluator', label: w.t.evaluator, kind: 'text' },
      { key: 'evaluations', label: w.t.evaluations, kind: 'int' },
      ...bands.map((b) => ({ key: `b${b.from}`, label: b.label, kind: 'int' as const })),
      { key: 'above80', label: w.t.above80, kind: 'percent' },
    ], kinds.map((k) => [w.evaluatorKinds[k.kind]!, k.total, ...bands.map((b) => k.buckets.find((x) => x.from === b.from)?.count ?? 0), above80(k)])));
    blocks.push(
      chart(
        'evaluationKinds',
        breakdownOption(
          {
            categories: kinds.map((k) => ({ key: k.kind, label: w.evaluatorKinds[k.kind]! })),
            series: bands.map((b) => ({ key: `b${b.from}`, label: b.label })),
            cells: kinds.flatMap((k) => k.buckets.map((b) => ({ category: k.kind, series: `b${b.from}`, count: b.count }))),
            horizontal: true,
          },
          { title: w.charts.kindScores, subtitle: round.name, category: w.charts.evaluator, total: w.charts.total },
          ctx.env,
        ),
        barChartHeight(kinds.length, { rowHeight: 48, min: 300 }),
      ),
    );
  }
  return blocks;
}

function ledgerSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const f = ledgerFacts(data);
  if (!f) return [{ kind: 'paragraph', text: w.ledgerNone }];
  if (data.scope.kind === 'unit') {
    const row = f.rows[0];
    if (!row) return [{ kind: 'paragraph', text: w.ledgerNone }];
    return [{ kind: 'paragraph', text: w.ledgerUnit(row.status, firstSubmittedOn(row), row.submissionCount, f.dueOn) }];
  }
  const blocks: Block[] = [{ kind: 'paragraph', text: w.ledgerCity(f) }];
  blocks.push(
    chart(
      'ledger',
      shareOption(
        {
          parts: [
            { key: 'ON_TIME', label: w.ledgerStatus.ON_TIME!, count: f.onTime, color: PARTICIPATING_COLOR },
            { key: 'LATE', label: w.ledgerStatus.LATE!, count: f.late, color: LATE_COLOR },
            { key: 'MISSING', label: w.ledgerStatus.MISSING!, count: f.missing, color: UNATTAINED_COLOR },
          ],
        },
        { title: w.charts.ledger, subtitle: `${w.t.deadline} ${f.dueOn}`, part: w.charts.ledgerPart, count: w.charts.units },
        ctx.env,
      ),
      360,
    ),
  );
  const notOnTime = f.rows.filter((r) => r.status !== 'ON_TIME');
  if (notOnTime.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: w.sub(1, w.ledgerLateHeading) });
    blocks.push(table('ledgerLate', w.tables.ledgerLate, [
      { key: 'unitCode', label: w.t.unitCode, kind: 'text' },
      { key: 'unit', label: w.t.unit, kind: 'text' },
      { key: 'status', label: w.t.ledgerStatus, kind: 'text' },
      { key: 'firstSubmittedOn', label: w.t.firstSubmittedOn, kind: 'date' },
      { key: 'submissions', label: w.t.submissions, kind: 'int' },
    ], notOnTime
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'MISSING' ? -1 : 1))
      .map((r) => {
        const unit = ctx.unitsById.get(r.unit.id);
        return [unit?.code ?? '', unit?.name ?? '', w.ledgerStatus[r.status]!, firstSubmittedOn(r), r.submissionCount];
      })));
  }
  return blocks;
}

function examplesSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const byId = new Map(data.honors.map((h) => [h.id, h]));
  const examples = data.examples.filter((e) => byId.has(e.honorId));
  if (examples.length === 0) return [{ kind: 'paragraph', text: w.examplesNone }];
  const round = data.evaluations?.gradeRound;
  const graded = examples.some((e) => gradeOf(byId.get(e.honorId)!));
  const blocks: Block[] = [{ kind: 'paragraph', text: graded && round ? w.examplesGraded(round.name) : w.examplesIntro }];
  const rows = examples.map((e) => {
    const honor = byId.get(e.honorId)!;
    const { subject, unit } = honorLabel(ctx, honor);
    const hours = round1(e.activities.reduce((s, a) => s + a.hours, 0));
    const titles = [...new Set(e.activities.map((a) => a.title))].slice(0, 3);
    return { honor, subject, unit, count: e.activities.length, hours, titles };
  });
  blocks.push({
    kind: 'list',
    items: rows.map((r) => {
      const g = gradeOf(r.honor);
      const gradedAs = g && round ? w.gradedAs(round.name, score2(g.score), w.grades[g.grade] ?? g.grade) : '';
      return w.exampleLine(r.subject, r.unit, w.tiers[r.honor.tier]!, r.honor.plaqueNumber, r.count, r.hours, r.titles.map((t) => (/[“”]/.test(t) ? t : `“${t}”`)).join(w.sep), gradedAs);
    }),
  });
  return blocks;
}

function issuesSection(ctx: Ctx): Block[] {
  const { data, w } = ctx;
  const facts: string[] = [];
  if (data.scope.kind === 'city' || data.quotas.size > 0) {
    const short = shortfalls(data);
    facts.push(short.length === 0 ? w.issueShortNone : w.issueShort(short.length, short.map((s) => w.shortBrief(s.unit.name, s.quota.posts.attained ? 0 : s.postsLacking, s.quota.teamQuota.attained ? 0 : s.teamsLacking)).join(w.semicolon)));
  }
  const overdue = rectificationFacts(data.rectifications).overdue;
  const byId = new Map(data.honors.map((h) => [h.id, h]));
  facts.push(overdue.length === 0 ? w.issueOverdueNone : w.issueOverdue(overdue.length, overdue.map((r) => w.overdueItem(byId.get(r.honorId) ? subjectName(byId.get(r.honorId)!) : r.honorId, unitName(ctx, r.unitId), r.deadline)).join(w.semicolon)));
  const f = ledgerFacts(data);
  if (f) {
    const missing = f.rows.filter((r) => r.status === 'MISSING');
    facts.push(missing.length === 0 ? w.issueMissingNone : w.issueMissing(missing.length, missing.map((r) => ctx.unitsById.get(r.unit.id)?.name ?? r.unit.id).join(w.sep)));
    if (f.late > 0) facts.push(w.issueLate(f.late));
  }
  const first = batches(data.honors, data.campaign.firstBatchBy)[0];
  if (!first || !first.byFirstBatchDay) facts.push(w.issueFirstBatch);
  const round = data.evaluations?.gradeRound;
  if (round && data.honors.some((h) => gradeOf(h))) {
    const low = lowGrades(data.honors);
    facts.push(
      low.length === 0
        ? w.issueLowNone(round.name)
        : w.issueLow(low.length, round.name, low.map((h) => {
            const { subject, unit } = honorLabel(ctx, h);
            const g = gradeOf(h)!;
            return ctx.lang === 'zh' ? `${unit === subject ? '' : unit}${subject}（${w.tiers[h.tier]}，${score2(g.score)}分，${w.grades[g.grade]}）` : `${subject} (${unit === subject ? '' : `${unit}, `}${w.tiers[h.tier]}, ${score2(g.score)}, ${w.grades[g.grade]})`;
          }).join(w.semicolon)),
    );
  } else facts.push(w.issueGrades);
  return [
    { kind: 'heading', level: 2, text: w.sub(1, w.issuesHeading) },
    { kind: 'paragraph', text: w.issuesIntro },
    { kind: 'list', items: facts },
    { kind: 'todo', text: w.issuesTodo },
    { kind: 'heading', level: 2, text: w.sub(2, w.plansHeading) },
    { kind: 'todo', text: w.plansTodo },
  ];
}

