import { isUuid } from '@sfxd/kit';
import { Gender, MemberStatus, type Member } from '../member/member.entity.js';
import { checkMemberFacts, normalizePhone } from '../validation.js';
import { GENDER_LABEL, HEADER_OF, STATUS_LABEL, type RosterField, type SheetError, type SheetRow } from './roster.sheet.js';

/** What a roster row says about a member, checked. */
export interface MemberFields {
  name: string;
  gender: Gender;
  birthDate: string;
  joinedPartyOn: string;
  status: MemberStatus;
  position: string;
  teamId: string | null;
  phone: string | null;
}

export interface ImportPlan {
  errors: SheetError[];
  creates: MemberFields[];
  updates: { member: Member; fields: MemberFields }[];
  unchanged: number;
}

const GENDERS: Record<string, Gender> = { 男: Gender.MALE, 女: Gender.FEMALE, MALE: Gender.MALE, FEMALE: Gender.FEMALE };
const STATUSES: Record<string, MemberStatus> = {
  正式党员: MemberStatus.FULL, 正式: MemberStatus.FULL, FULL: MemberStatus.FULL,
  预备党员: MemberStatus.PROBATIONARY, 预备: MemberStatus.PROBATIONARY, PROBATIONARY: MemberStatus.PROBATIONARY,
};

const naturalKey = (name: string, birthDate: string) => `${name}\u0000${birthDate}`;

/**
 * Checks every row and decides what each one does, writing nothing. A row with 编号 updates that
 * member; a row without matches the unit's member of the same name and birth date (the natural
 * key), else creates one. Members the file does not mention are left alone. A blank team keeps a
 * team that is no longer in use (the export cannot show it), so an exported file imports as is.
 */
export function planImport(rows: SheetRow[], existing: Member[], teams: { id: string; name: string }[]): ImportPlan {
  const errors: SheetError[] = [];
  const byId = new Map(existing.map((m) => [m.id, m]));
  const byKey = new Map(existing.map((m) => [naturalKey(m.name, m.birthDate), m]));
  const teamByName = new Map(teams.map((t) => [t.name, t.id]));
  const teamsInUse = new Set(teams.map((t) => t.id));
  const claimedIds = new Map<string, number>();
  const matched: { row: SheetRow; member: Member | null; fields: MemberFields }[] = [];

  for (const row of rows) {
    const fail = (field: RosterField, message: string) => {
      const letter = row.letters[field];
      errors.push({ row: row.row, column: HEADER_OF[field], cell: letter ? `${letter}${row.row}` : null, message });
    };
    const text = (field: RosterField) => row.cells[field] ?? '';
    const before = errors.length;

    const id = text('id');
    let member: Member | null = null;
    if (id) {
      member = isUuid(id.toLowerCase()) ? (byId.get(id.toLowerCase()) ?? null) : null;
      if (!member) fail('id', '编号不是本单位党员的编号；新增人员请留空 (not a member of this unit)');
      else if (claimedIds.has(member.id)) fail('id', `编号与第 ${claimedIds.get(member.id)} 行重复 (duplicate id)`);
      else claimedIds.set(member.id, row.row);
    }
    for (const field of ['name', 'gender', 'birthDate', 'joinedPartyOn', 'status', 'position'] as const) {
      if (!text(field)) fail(field, `${HEADER_OF[field]}不能为空 (required)`);
    }
    const gender = GENDERS[text('gender')];
    if (text('gender') && !gender) fail('gender', '性别应为“男”或“女” (gender must be 男 or 女)');
    const status = STATUSES[text('status')];
    if (text('status') && !status) fail('status', '党员类别应为“正式党员”或“预备党员”');
    const teamName = text('team');
    let teamId: string | null = null;
    if (teamName) {
      teamId = teamByName.get(teamName) ?? null;
      if (!teamId) fail('team', `本单位没有名为“${teamName}”的团队 (unknown team)`);
    } else if (member?.teamId && !teamsInUse.has(member.teamId)) {
      teamId = member.teamId;
    }
    const phone = text('phone') ? normalizePhone(text('phone')) : null;
    const facts = { name: text('name'), position: text('position'), birthDate: text('birthDate'), joinedPartyOn: text('joinedPartyOn'), phone };
    for (const problem of checkMemberFacts(facts)) {
      // Emptiness is already reported; say the rest.
      if (!(problem.field in facts) || facts[problem.field as keyof typeof facts] !== '') fail(problem.field, problem.message);
    }
    if (errors.length > before) continue;
    const fields: MemberFields = { ...facts, gender: gender!, status: status!, teamId };
    member ??= byKey.get(naturalKey(fields.name, fields.birthDate)) ?? null;
    if (member && !id) {
      if (claimedIds.has(member.id)) {
        fail('name', `与第 ${claimedIds.get(member.id)} 行是同一人（姓名和出生日期相同） (same person as another row)`);
        continue;
      }
      claimedIds.set(member.id, row.row);
    }
    matched.push({ row, member, fields });
  }

  // After the import, name and birth date must still tell the unit's members apart. Owners of a
  // key are the rows (by index) and the existing members no row rewrites.
  const ownerOfMember = new Map(matched.flatMap(({ member }, i) => (member ? [[member.id, i] as const] : [])));
  const owners = new Map<string, (number | string)[]>();
  const own = (key: string, owner: number | string) => owners.set(key, [...(owners.get(key) ?? []), owner]);
  for (const m of existing) if (!ownerOfMember.has(m.id)) own(naturalKey(m.name, m.birthDate), m.id);
  matched.forEach(({ fields }, i) => own(naturalKey(fields.name, fields.birthDate), i));
  matched.forEach(({ row, fields }, i) => {
    const others = owners.get(naturalKey(fields.name, fields.birthDate))!.filter((o) => o !== i);
    const earlier = others.find((o): o is number => typeof o === 'number' && o < i);
    const untouched = others.some((o) => typeof o === 'string');
    if (earlier === undefined && !untouched) return;
    errors.push({
      row: row.row, column: HEADER_OF.name, cell: row.letters.name ? `${row.letters.name}${row.row}` : null,
      message: earlier !== undefined
        ? `与第 ${matched[earlier]!.row.row} 行姓名和出生日期相同 (same name and birth date as another row)`
        : '本单位已有同名且出生日期相同的党员 (another member has the same name and birth date)',
    });
  });

  const plan: ImportPlan = { errors: errors.sort((a, b) => a.row - b.row), creates: [], updates: [], unchanged: 0 };
  for (const { member, fields } of matched) {
    if (!member) plan.creates.push(fields);
    else if ((Object.keys(fields) as (keyof MemberFields)[]).some((k) => member[k] !== fields[k])) plan.updates.push({ member, fields });
    else plan.unchanged++;
  }
  return plan;
}

/** A member as a roster row (the export), with its team's name. */
export function rosterRow(m: Member, teamNames: Map<string, string>): Record<RosterField, string> {
  return {
    id: m.id,
    name: m.name,
    gender: GENDER_LABEL[m.gender],
    birthDate: m.birthDate,
    joinedPartyOn: m.joinedPartyOn,
    status: STATUS_LABEL[m.status],
    position: m.position,
    team: (m.teamId && teamNames.get(m.teamId)) ?? '',
    phone: m.phone ?? '',
  };
}
