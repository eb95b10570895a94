import { businessToday, checkName, isIsoDate, type Problem as KitProblem } from '@sfxd/kit';
import { MEMBER_NAME_MAX, POSITION_MAX } from './member/member.entity.js';

/**
 * Rules about a member's and an activity's facts, shared by the mutations and the roster import.
 * Each problem names the field it is about, so the import can point at the column.
 */
export interface Problem extends KitProblem {
  field: 'name' | 'gender' | 'birthDate' | 'joinedPartyOn' | 'status' | 'position' | 'phone' | 'team' | 'id';
}

/** Mainland China mobile numbers: 11 digits starting 13–19. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** Spaces, dashes and a +86 / 0086 prefix are how people write numbers; they are dropped. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

function addYears(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;
}

export interface MemberFacts {
  name?: string;
  birthDate?: string;
  joinedPartyOn?: string;
  position?: string;
  phone?: string | null;
}

/** Checks the facts given (a partial update checks what it changes against what it keeps). */
export function checkMemberFacts(facts: MemberFacts): Problem[] {
  const problems: Problem[] = [];
  const now = businessToday();
  if (facts.name !== undefined) problems.push(...(checkName(facts.name, 'name', MEMBER_NAME_MAX, '姓名') as Problem[]));
  if (facts.position !== undefined) problems.push(...(checkName(facts.position, 'position', POSITION_MAX, '岗位/职务') as Problem[]));
  const birthOk = facts.birthDate !== undefined && isIsoDate(facts.birthDate);
  if (facts.birthDate !== undefined) {
    if (!birthOk) problems.push({ field: 'birthDate', message: '出生日期不是有效日期，应为 YYYY-MM-DD (not a valid date)' });
    else if (facts.birthDate < '1900-01-01' || facts.birthDate > now) {
      problems.push({ field: 'birthDate', message: '出生日期应在1900年之后且不晚于今天 (birth date out of range)' });
    }
  }
  if (facts.joinedPartyOn !== undefined) {
    if (!isIsoDate(facts.joinedPartyOn)) {
      problems.push({ field: 'joinedPartyOn', message: '入党时间不是有效日期，应为 YYYY-MM-DD (not a valid date)' });
    } else if (facts.joinedPartyOn > now) {
      problems.push({ field: 'joinedPartyOn', message: '入党时间不能晚于今天 (joined the Party in the future)' });
    } else if (birthOk && facts.joinedPartyOn < addYears(facts.birthDate!, 18)) {
      problems.push({ field: 'joinedPartyOn', message: '入党时应年满18周岁 (must have been 18 or older when joining)' });
    }
  }
  if (facts.phone != null && !MOBILE.test(facts.phone)) {
    problems.push({ field: 'phone', message: '联系电话应为11位手机号码，如 13812345678 (phone must be a mainland mobile number)' });
  }
  return problems;
}

/** An activity's own facts; that it follows the member's joining the Party is checked against the member. */
export function checkActivityFacts(facts: { date: string; hours: number }): KitProblem[] {
  const problems: KitProblem[] = [];
  if (facts.date > businessToday()) problems.push({ field: 'date', message: 'date must not be in the future' });
  if (!Number.isInteger(facts.hours * 2)) problems.push({ field: 'hours', message: 'hours must be in half-hour steps' });
  return problems;
}
