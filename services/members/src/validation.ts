import { businessToday, isIsoDate } from '@sfxd/kit';

/**
 * Rules about a member's facts, shared by the mutations and the roster import. Each problem
 * names the field it is about, so the import can point at the column.
 */
export interface Problem {
  field: 'name' | 'gender' | 'birthDate' | 'joinedPartyOn' | 'status' | 'position' | 'phone' | 'team' | 'id';
  message: string;
}

/** Mainland China mobile numbers: 11 digits starting 13–19. */
export const MOBILE = /^1[3-9]\d{9}$/;

/** Spaces, dashes and a +86 / 0086 prefix are how people write numbers; they are dropped. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

export function today(): string {
  return businessToday();
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
  const now = today();
  if (facts.name !== undefined && (facts.name.length < 1 || facts.name.length > 32)) {
    problems.push({ field: 'name', message: '姓名应为1–32个字 (name must be 1–32 characters)' });
  }
  if (facts.position !== undefined && (facts.position.length < 1 || facts.position.length > 64)) {
    problems.push({ field: 'position', message: '岗位/职务应为1–64个字 (position must be 1–64 characters)' });
  }
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
