import { isUuid, type Caller } from '@sfxd/kit';
import { isIsoDate } from '../dates.js';
import { subjectRefusal, tierRefusal } from '../honor/honor.declaration.js';
import type { HonorTier } from '../honor/honor.tier.js';
import type { FoundSubject } from '../subject/subject.lookup.js';
import { industryOfUnit, subjectOfUnit, type LedgerDirectory, type LedgerUnit } from './ledger.directory.js';
import { HEADER_OF, STATUS_LABEL, TIER_LABEL, TIER_OF, type LedgerField, type LedgerRow, type LedgerSheetError } from './ledger.sheet.js';

/** A candidacy already in the ledger, as the import compares a row with it. */
export interface KnownCandidacy {
  id: string;
  tier: HonorTier;
  subjectId: string;
}

export interface LedgerImportFacts {
  caller: Caller;
  unit: LedgerUnit;
  /** Teams and members the rows name by id, as their owners answered (absent: no such record, or not the caller's to see). */
  directory: Pick<LedgerDirectory, 'teams' | 'members'>;
  /** The unit's ledger in the campaign: its candidacies and its industry's. */
  ledger: readonly KnownCandidacy[];
  /** Subjects with a live candidacy in the campaign (in any unit). */
  live: ReadonlySet<string>;
}

export interface LedgerImportPlan {
  errors: LedgerSheetError[];
  /** New candidacies, in row order. */
  declares: { row: number; tier: HonorTier; subject: FoundSubject }[];
  /** Rows of candidacies that exist already. */
  unchanged: number;
}

/** The ids new rows give for members (示范岗) and teams (示范团队): what the import asks their owners about. */
export function subjectIdsOfNewRows(rows: readonly LedgerRow[]): Record<'POST' | 'TEAM', string[]> {
  const out: Record<'POST' | 'TEAM', string[]> = { POST: [], TEAM: [] };
  for (const row of rows) {
    const id = (row.cells.subjectId ?? '').toLowerCase();
    if (row.cells.id || !isUuid(id)) continue;
    const tier = tierOf(row.cells.tier ?? '');
    if (tier === 'POST' || tier === 'TEAM') out[tier].push(id);
  }
  return out;
}

const tierOf = (text: string): HonorTier | undefined => TIER_OF[text] ?? TIER_OF[text.toUpperCase()];

/** Columns the platform fills in: a new row leaves them empty. */
const PLATFORM_FIELDS: LedgerField[] = ['publicityStartsOn', 'publicityEndsOn', 'namedOn', 'batch', 'plaqueNumber', 'rectificationDeadline'];
const DECLARED_LABELS = new Set(['', STATUS_LABEL.DECLARED, 'DECLARED']);

/**
 * Checks every row, column by column, and decides what each one does, writing nothing:
 * - a row with 编号 is a candidacy of this ledger already; its 类别 and 对象编号, when filled, must
 *   be that candidacy's; the columns the platform fills in are not read (an old export imports as is);
 * - a row without 编号 declares its subject, found by 对象编号 (a member must be named so: names
 *   repeat), or by 对象名称 for a team; 示范单位 is the unit itself and 示范行业 its industry. The
 *   rules are declareHonor's (`tierRefusal`, `subjectRefusal`). A subject that has a live
 *   candidacy already is counted as there: importing a ledger twice declares nothing the second time.
 */
export function planLedgerImport(rows: readonly LedgerRow[], facts: LedgerImportFacts): LedgerImportPlan {
  const { caller, unit, directory } = facts;
  const errors: LedgerSheetError[] = [];
  const known = new Map(facts.ledger.map((h) => [h.id, h]));
  const claimedIds = new Map<string, number>();
  const claimedSubjects = new Map<string, number>();
  const teamByName = new Map(unit.teams.map((t) => [t.name, t.id]));
  const plan: LedgerImportPlan = { errors, declares: [], unchanged: 0 };

  for (const row of rows) {
    const before = errors.length;
    const text = (field: LedgerField) => row.cells[field] ?? '';
    const fail = (field: LedgerField, message: string) => {
      const letter = row.letters[field];
      errors.push({ row: row.row, column: HEADER_OF[field], cell: letter ? `${letter}${row.row}` : null, message });
    };
    const tierText = text('tier');
    const tier = tierOf(tierText);
    if (!tierText) fail('tier', '类别不能为空：示范岗、示范团队、示范单位 或 示范行业 (required)');
    else if (!tier) fail('tier', `类别“${tierText}”不是示范岗、示范团队、示范单位或示范行业 (unknown tier)`);
    const subjectId = text('subjectId').toLowerCase();
    const subjectName = text('subjectName');

    const id = text('id').toLowerCase();
    if (id) {
      const existing = isUuid(id) ? known.get(id) : undefined;
      if (!existing) {
        fail('id', '编号不是本单位本年度台账中的申报；新增申报请留空 (not a candidacy of this ledger)');
      } else if (claimedIds.has(id)) {
        fail('id', `编号与第 ${claimedIds.get(id)} 行重复 (duplicate id)`);
      } else {
        claimedIds.set(id, row.row);
        if (tier && tier !== existing.tier) fail('tier', `与编号对应的申报类别为${TIER_LABEL[existing.tier]} (the candidacy is a ${existing.tier})`);
        if (subjectId && subjectId !== existing.subjectId) fail('subjectId', '对象编号与该申报的对象不符 (not the subject of this candidacy)');
      }
      if (errors.length === before) plan.unchanged++;
      continue;
    }

    // A new candidacy: the columns the platform fills in stay empty.
    if (!DECLARED_LABELS.has(text('status'))) fail('status', '新增申报的状态应留空或填“申报”；评议、公示、命名由市直机关工委按程序办理 (a new candidacy is DECLARED)');
    if (text('declaredOn') && !isIsoDate(text('declaredOn'))) fail('declaredOn', '申报日期不是有效日期，如 2016-06-01 (not a date)');
    for (const field of PLATFORM_FIELDS) {
      if (text(field)) fail(field, `新增申报的“${HEADER_OF[field]}”应留空，由平台按程序填写 (filled in by the platform)`);
    }
    if (!tier) continue;
    const byTier = tierRefusal(caller, tier);
    if (byTier) {
      fail('tier', byTier.message);
      continue;
    }

    const subject = findSubject(tier, subjectId, subjectName, unit, directory, teamByName, fail);
    if (!subject) continue;
    const refusal = subjectRefusal(caller, tier, subject);
    if (refusal) {
      fail(refusal.field === 'tier' ? 'tier' : text('subjectId') ? 'subjectId' : 'subjectName', refusal.message);
      continue;
    }
    if (claimedSubjects.has(subject.id)) {
      fail(text('subjectId') ? 'subjectId' : 'subjectName', `与第 ${claimedSubjects.get(subject.id)} 行是同一对象 (same subject as another row)`);
      continue;
    }
    claimedSubjects.set(subject.id, row.row);
    if (errors.length > before) continue;
    if (facts.live.has(subject.id)) plan.unchanged++;
    else plan.declares.push({ row: row.row, tier, subject });
  }
  errors.sort((a, b) => a.row - b.row);
  return plan;
}

/** The subject a new row names, or null with the problem reported. */
function findSubject(
  tier: HonorTier,
  subjectId: string,
  subjectName: string,
  unit: LedgerUnit,
  directory: LedgerImportFacts['directory'],
  teamByName: Map<string, string>,
  fail: (field: LedgerField, message: string) => void,
): FoundSubject | null {
  const nameMismatch = (actual: string) => {
    if (subjectName && subjectName !== actual) {
      fail('subjectName', `对象名称与编号对应的“${actual}”不符 (the name does not match the id)`);
      return true;
    }
    return false;
  };
  if (subjectId && !isUuid(subjectId)) {
    fail('subjectId', '对象编号格式不正确，请从党员名册或导出的台账中复制 (not an id)');
    return null;
  }
  switch (tier) {
    case 'POST': {
      if (!subjectId) {
        fail('subjectId', '示范岗须填写对象编号（党员名册中该党员的编号） (a member is named by id)');
        return null;
      }
      const member = directory.members.get(subjectId);
      if (!member || member.unit.id !== unit.id) {
        fail('subjectId', '对象编号不是本单位党员的编号 (not a member of this unit)');
        return null;
      }
      return nameMismatch(member.name) ? null : subjectOfUnit(unit, 'MEMBER', member.id);
    }
    case 'TEAM': {
      if (subjectId) {
        const team = directory.teams.get(subjectId);
        if (!team || team.unit.id !== unit.id) {
          fail('subjectId', '对象编号不是本单位团队的编号 (not a team of this unit)');
          return null;
        }
        return nameMismatch(team.name) ? null : subjectOfUnit(unit, 'TEAM', team.id);
      }
      if (!subjectName) {
        fail('subjectName', '示范团队须填写对象编号或团队名称 (name the team)');
        return null;
      }
      const teamId = teamByName.get(subjectName);
      if (!teamId) {
        fail('subjectName', `本单位没有名为“${subjectName}”的团队 (unknown team)`);
        return null;
      }
      return subjectOfUnit(unit, 'TEAM', teamId);
    }
    case 'UNIT':
      if (subjectId && subjectId !== unit.id) {
        fail('subjectId', '示范单位只能是本单位；对象编号可留空 (a unit declares itself)');
        return null;
      }
      if (subjectName && subjectName !== unit.name && subjectName !== unit.code) {
        fail('subjectName', `示范单位只能是本单位“${unit.name}” (a unit declares itself)`);
        return null;
      }
      return subjectOfUnit(unit, 'UNIT', unit.id);
    case 'INDUSTRY':
      if (subjectId && subjectId !== unit.industry.id) {
        fail('subjectId', `示范行业应为本单位所属的“${unit.industry.name}” (the unit's own industry)`);
        return null;
      }
      if (subjectName && subjectName !== unit.industry.name) {
        fail('subjectName', `示范行业应为本单位所属的“${unit.industry.name}” (the unit's own industry)`);
        return null;
      }
      return industryOfUnit(unit);
  }
}
