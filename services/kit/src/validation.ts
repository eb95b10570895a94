import { Matches, registerDecorator } from 'class-validator';
import { badInput } from './errors.js';

/**
 * One validation path for every subgraph: pure `check*` functions return the problems of a value,
 * each naming the field it is about; `refuse` answers the first as BAD_USER_INPUT with `field`.
 * Input classes use the same checks through their decorators, and every string argument of every
 * operation passes `checkText` before any resolver runs (see arguments.ts).
 */
export interface Problem {
  field: string;
  message: string;
}

/** The first problem as the error a malformed argument answers with. */
export function refuse(problems: readonly Problem[]): void {
  const first = problems[0];
  if (first) throw badInput(first.message, first.field);
}

/** A stable code (industries, units): 1–32 letters, digits, "-" or "_". */
export const CODE_MAX = 32;
export const CODE_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${CODE_MAX - 1}}$`);

/** Validates a code (see `CODE_PATTERN`). */
export function IsCode(field = 'code'): PropertyDecorator {
  return Matches(CODE_PATTERN, { message: `${field} must be 1–${CODE_MAX} letters, digits, "-" or "_"` });
}

/**
 * Characters no text may hold: NUL (PostgreSQL cannot store it) and the other C0 controls but
 * tab and line breaks, DEL and the C1 controls, and half of a surrogate pair (not a character at
 * all: it cannot be written as UTF-8).
 */
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A single line: no tab or line break either. */
const LINE_BREAKING = /[\t\n\r\u2028\u2029]/;
/** Explicit direction embeddings and overrides, isolates and marks: they make text read as something else. */
const DIRECTIONAL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
/** Characters that show nothing: spaces, zero-width characters, fillers, variation selectors. */
const INVISIBLE = /[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

const codePoint = (text: string, index: number) => `U+${text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** Characters, not UTF-16 units: what a user counts and what PostgreSQL's varchar(n) counts. */
const length = (text: string) => [...text].length;

/** Chinese first for a field with a Chinese label (the members' forms and rosters), else English. */
const say = (label: string, field: string, zh: string, en: string) => (label === field ? en : `${zh} (${en})`);

function characterProblem(text: string, pattern: RegExp, field: string, label: string, zh: string, en: string): Problem[] {
  const match = pattern.exec(text);
  if (!match) return [];
  const at = length(text.slice(0, match.index)) + 1;
  const char = codePoint(text, match.index);
  return [{ field, message: say(label, field, `${label}第${at}个字符是${zh} ${char}，请删除`, `${field} contains ${en}, ${char}, at character ${at}`) }];
}

/**
 * Any text: nothing that cannot be stored; tab and line breaks allowed. `max` in characters;
 * `label` names the field in Chinese (e.g. 姓名) for messages that users of the forms read.
 */
export function checkText(text: string, field: string, max?: number, label = field): Problem[] {
  const problems = characterProblem(text, UNSTORABLE, field, label, '无法保存的控制字符或残缺字符', 'a control character or half of a surrogate pair');
  if (max !== undefined && length(text) > max) problems.push({ field, message: say(label, field, `${label}最多${max}个字`, `${field} must be at most ${max} characters`) });
  return problems;
}

/**
 * A name (of a person, a unit, a team, an activity…): one line of 1–`max` characters once trimmed,
 * with at least one that shows, and no character that changes the direction of the text.
 */
export function checkName(text: string, field: string, max: number, label = field): Problem[] {
  const stored = checkText(text, field, undefined, label);
  if (stored.length) return stored;
  const line = characterProblem(text, LINE_BREAKING, field, label, '换行或制表符', 'a line break or tab');
  if (line.length) return line;
  const directional = characterProblem(text, DIRECTIONAL, field, label, '文字方向控制字符', 'a text-direction control character');
  if (directional.length) return directional;
  const trimmed = text.trim();
  if (trimmed.replace(INVISIBLE, '') === '') return [{ field, message: say(label, field, `${label}不能为空`, `${field} must not be blank`) }];
  if (length(trimmed) > max) return [{ field, message: say(label, field, `${label}应为1–${max}个字`, `${field} must be 1–${max} characters`) }];
  return [];
}

/**
 * Free text a person writes (a reason, a finding): `min`–`max` characters once trimmed, at least
 * one that shows, line breaks allowed, and nothing that cannot be stored or that changes the
 * direction of the text (which would make it read as something else to whoever handles it).
 * Plain text: it is stored and shown as written, never as markup.
 */
export function checkPlainText(text: string, field: string, min: number, max: number, label = field): Problem[] {
  const stored = checkText(text, field, undefined, label);
  if (stored.length) return stored;
  const directional = characterProblem(text, DIRECTIONAL, field, label, '文字方向控制字符', 'a text-direction control character');
  if (directional.length) return directional;
  const trimmed = text.trim();
  const shown = trimmed.replace(INVISIBLE, '');
  if (shown === '' || length(trimmed) < min || length(trimmed) > max) {
    return [{ field, message: say(label, field, `${label}应为${min}–${max}个字`, `${field} must be ${min}–${max} characters`) }];
  }
  return [];
}

function checkedBy(name: string, check: (value: string) => Problem[]): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(key),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && check(value).length === 0,
        defaultMessage: (args) => (typeof args?.value === 'string' ? check(args.value)[0]?.message : undefined) ?? `${String(key)} must be text`,
      },
    });
}

/** A name (see `checkName`). Combine with `@IsOptional()` for updates that may leave it out. */
export function IsName(max: number, field = 'name', label = field): PropertyDecorator {
  return checkedBy('isName', (value) => checkName(value, field, max, label));
}

/** Free text of up to `max` characters, line breaks allowed (see `checkText`). */
export function IsText(max: number, field: string, label = field): PropertyDecorator {
  return checkedBy('isText', (value) => checkText(value, field, max, label));
}

/** Years the platform keeps: a campaign, an activity total. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 9999;

export function checkYear(year: number, field = 'year'): Problem[] {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? [] : [{ field, message: `${field} must be a year between ${YEAR_MIN} and ${YEAR_MAX}` }];
}
