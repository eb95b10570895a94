// The city-wide ledger workbook (台账汇总) as sheets of typed rows, from the same figures as the report.
import type { HonorNode, ReportData } from '../collect.js';
import { WORDS } from '../i18n.js';
import { ACTIONS, firstSubmittedOn, gradeOf, quotaRows, subjectName } from './figures.js';
import type { Cell, Lang } from './types.js';

/** A sheet column: a date column holds ISO dates (written as dates), a datetime one ISO timestamps. */
export interface SheetColumn {
  key: string;
  label: string;
  kind: 'text' | 'int' | 'float' | 'float2' | 'percent' | 'date' | 'datetime';
  width: number;
}

export interface Sheet {
  id: 'summary' | 'quota' | 'honors' | 'rectifications' | 'actions' | 'ledgers';
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

const TIER_ORDER: Record<string, number> = { POST: 0, TEAM: 1, UNIT: 2, INDUSTRY: 3 };

export function buildWorkbook(data: ReportData, lang: Lang = 'zh'): Sheet[] {
  const w = WORDS[lang];
  const t = w.t;
  const units = new Map(data.units.map((u) => [u.id, u]));
  const yesNo = (b: boolean) => (b ? w.yes : w.no);
  const col = (key: string, label: string, kind: SheetColumn['kind'], width: number): SheetColumn => ({ key, label, kind, width });
  const sheets: Sheet[] = [];

  if (data.attainment) {
    const q = data.attainment;
    sheets.push({
      id: 'summary',
      name: w.sheets.summary,
      columns: [col('item', t.item, 'text', 14), col('count', t.count, 'int', 10), col('target', t.target, 'int', 10), col('ratio', t.ratio, 'percent', 10), col('attained', t.attained, 'text', 10), col('unitsAttaining', t.unitsAttaining, 'int', 12)],
      rows: [
        [w.tiers.POST!, q.posts.count, q.posts.target, q.posts.ratio, yesNo(q.posts.attained), q.posts.unitsAttaining],
        [w.tiers.TEAM!, q.teams.count, q.teams.target, q.teams.ratio, yesNo(q.teams.attained), q.teams.unitsAttaining],
        [w.tiers.UNIT!, q.units.count, q.units.target, q.units.ratio, yesNo(q.units.attained), null],
        [w.tiers.INDUSTRY!, q.industries.count, q.industries.target, q.industries.ratio, yesNo(q.industries.attained), null],
      ],
    });
  }

  const namedUnits = new Set(data.honors.filter((h) => h.tier === 'UNIT' && (h.status === 'NAMED' || h.status === 'RECTIFYING')).map((h) => h.unit?.id));
  sheets.push({
    id: 'quota',
    name: w.sheets.quota,
    columns: [
      col('unitCode', t.unitCode, 'text', 10), col('unit', t.unit, 'text', 30), col('industry', t.industry, 'text', 16),
      col('members', t.members, 'int', 9), col('postsCount', t.postsCount, 'int', 11), col('postsTarget', t.postsTarget, 'int', 11),
      col('postsRatio', t.postsRatio, 'percent', 12), col('postsAttained', t.postsAttained, 'text', 11), col('postsLack', t.postsLack, 'int', 11),
      col('teams', t.teams, 'int', 9), col('teamsCount', t.teamsCount, 'int', 13), col('teamsTarget', t.teamsTarget, 'int', 13),
      col('teamsRatio', t.teamsRatio, 'percent', 14), col('teamsAttained', t.teamsAttained, 'text', 13), col('teamsLack', t.teamsLack, 'int', 13),
      col('namedUnit', t.namedUnit, 'text', 15),
    ],
    rows: quotaRows(data).map((r) => [
      r.unit.code, r.unit.name, r.unit.industry.name,
      r.quota.partyMembers, r.quota.posts.count, r.quota.posts.target, r.quota.posts.ratio, yesNo(r.quota.posts.attained), r.postsLacking,
      r.quota.teams, r.quota.teamQuota.count, r.quota.teamQuota.target, r.quota.teamQuota.ratio, yesNo(r.quota.teamQuota.attained), r.teamsLacking,
      yesNo(namedUnits.has(r.unit.id)),
    ]),
  });

  const honors = [...data.honors].sort(
    (a, b) => TIER_ORDER[a.tier]! - TIER_ORDER[b.tier]! || unitCode(units, a).localeCompare(unitCode(units, b)) || a.declaredOn.localeCompare(b.declaredOn) || subjectName(a).localeCompare(subjectName(b), 'zh-CN'),
  );
  sheets.push({
    id: 'honors',
    name: w.sheets.honors,
    columns: [
      col('tier', t.tier, 'text', 10), col('subject', t.subject, 'text', 22), col('position', t.position, 'text', 14), col('team', t.team, 'text', 16),
      col('unitCode', t.unitCode, 'text', 10), col('unit', t.unit, 'text', 30), col('industry', t.industry, 'text', 16), col('status', t.status, 'text', 10),
      col('declaredOn', t.declaredOn, 'date', 12), col('publicityStartsOn', t.publicityStartsOn, 'date', 12), col('publicityEndsOn', t.publicityEndsOn, 'date', 12),
      col('namedOn', t.namedOn, 'date', 12), col('batch', t.batch, 'text', 16), col('plaque', t.plaque, 'text', 18), col('rectificationDeadline', t.rectificationDeadline, 'date', 12),
      col('overdue', t.overdue, 'text', 9), col('score', t.score, 'float2', 10), col('grade', t.grade, 'text', 10),
    ],
    rows: honors.map((h) => {
      const unit = h.unit ? units.get(h.unit.id) : undefined;
      const member = h.subject.__typename === 'Member' ? h.subject : null;
      return [
        w.tiers[h.tier]!, subjectName(h), member?.position ?? null, member?.team?.name ?? null,
        unit?.code ?? null, unit?.name ?? null, h.industry.name, w.statuses[h.status]!,
        h.declaredOn, h.publicityStartsOn, h.publicityEndsOn, h.namedOn, h.batch, h.plaqueNumber, h.rectificationDeadline,
        yesNo(h.overdue),
        // The subject's weighted score and grade in the grading round (年终考核), when evaluated there.
        gradeOf(h)?.score ?? null, gradeOf(h) ? w.grades[gradeOf(h)!.grade] ?? gradeOf(h)!.grade : null,
      ];
    }),
  });

  const byHonor = new Map(data.honors.map((h) => [h.id, h]));
  sheets.push({
    id: 'rectifications',
    name: w.sheets.rectifications,
    columns: [
      col('subject', t.subject, 'text', 22), col('tier', t.tier, 'text', 10), col('unitCode', t.unitCode, 'text', 10), col('unit', t.unit, 'text', 30),
      col('reason', t.reason, 'text', 40), col('orderedOn', t.orderedOn, 'date', 12), col('deadline', t.deadline, 'date', 12),
      col('outcome', t.outcome, 'text', 12), col('closedBy', t.closedBy, 'text', 14), col('closedOn', t.closedOn, 'date', 12), col('overdue', t.overdue, 'text', 9),
    ],
    rows: data.rectifications.map((r) => {
      const honor = byHonor.get(r.honorId);
      const unit = r.unitId ? units.get(r.unitId) : undefined;
      return [
        honor ? subjectName(honor) : null, w.tiers[r.tier]!, unit?.code ?? null, unit?.name ?? honor?.industry.name ?? null,
        r.reason, r.orderedOn, r.deadline, w.outcomes[r.outcome]!, r.closedBy ? w.actions[r.closedBy]! : null, r.closedOn, yesNo(r.overdue),
      ];
    }),
  });

  sheets.push({
    id: 'actions',
    name: w.sheets.actions,
    columns: [col('month', t.month, 'text', 10), col('unitCode', t.unitCode, 'text', 10), col('unit', t.unit, 'text', 30), col('action', t.action, 'text', 14), col('count', t.count, 'int', 9)],
    rows: [...data.actions]
      .sort((a, b) => a.month.localeCompare(b.month) || ACTIONS.indexOf(a.action as never) - ACTIONS.indexOf(b.action as never) || (a.unitId ?? '').localeCompare(b.unitId ?? ''))
      .map((a) => {
        const unit = a.unitId ? units.get(a.unitId) : undefined;
        return [a.month, unit?.code ?? null, unit?.name ?? null, w.actions[a.action] ?? a.action, a.count];
      }),
  });

  const ledgerRows = (data.ledgers?.units ?? []).filter((r) => data.scope.kind === 'city' || r.unit.id === data.scope.unit.id);
  sheets.push({
    id: 'ledgers',
    name: w.sheets.ledgers,
    columns: [
      col('unitCode', t.unitCode, 'text', 10), col('unit', t.unit, 'text', 30), col('status', t.ledgerStatus, 'text', 11),
      col('firstSubmittedOn', t.firstSubmittedOn, 'date', 13), col('latestSubmittedAt', t.latestSubmittedAt, 'datetime', 18), col('submissions', t.submissions, 'int', 9),
      col('submittedBy', t.submittedBy, 'text', 16),
      col('ledgerPosts', t.ledgerPosts, 'int', 11), col('ledgerTeams', t.ledgerTeams, 'int', 12), col('ledgerUnits', t.ledgerUnits, 'int', 12), col('ledgerNamed', t.ledgerNamed, 'int', 11),
    ],
    rows: ledgerRows.map((r) => {
      const unit = units.get(r.unit.id);
      const c = r.latest?.contents;
      return [
        unit?.code ?? null, unit?.name ?? null, w.ledgerStatus[r.status]!, firstSubmittedOn(r), r.latest?.submittedAt ?? null, r.submissionCount,
        r.latest?.submittedBy ?? null, c?.posts ?? null, c?.teams ?? null, c?.units ?? null, c?.named ?? null,
      ];
    }),
  });
  return sheets;
}

function unitCode(units: Map<string, { code: string }>, honor: HonorNode): string {
  return (honor.unit ? units.get(honor.unit.id)?.code : undefined) ?? '';
}
