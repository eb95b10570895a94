// The work queue's shaping, as pure functions: which inputs each action's dialog asks for, the
// queue's tab counts, and a naming batch run one honor at a time. Which actions a honor allows is
// NOT decided here: the server says it (`Honor.allowedActions`, the state machine's answer).

export type HonorAction =
  | 'START_MASS_REVIEW' | 'PUBLICIZE' | 'CONFIRM' | 'NAME' | 'REJECT' | 'WITHDRAW'
  | 'COMMEND' | 'ORDER_RECTIFICATION' | 'PASS_RECTIFICATION' | 'FAIL_RECTIFICATION' | 'REVOKE';
export type HonorStatus = 'DECLARED' | 'MASS_REVIEW' | 'PUBLICIZING' | 'CONFIRMED' | 'NAMED' | 'RECTIFYING' | 'REVOKED' | 'REJECTED' | 'WITHDRAWN';

/** The queue's tabs, in the order of the procedure, the ended ones last. */
export const QUEUE_STATUSES: readonly HonorStatus[] = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED', 'WITHDRAWN'];

export type ActionField = 'note' | 'publicityStartsOn' | 'deadline' | 'plaqueNumber' | 'batch';

export interface ActionForm {
  /** The fields the dialog shows, in order. */
  fields: readonly ActionField[];
  /** Whether the note is the action's reason, which the server requires. */
  noteRequired: boolean;
  /** Actions that end or take away a name are asked twice in words: the button is red. */
  grave: boolean;
}

/** What each action's dialog asks (the inputs `transitionHonor` takes for it). */
export const ACTION_FORMS: Readonly<Record<HonorAction, ActionForm>> = {
  START_MASS_REVIEW: { fields: ['note'], noteRequired: false, grave: false },
  PUBLICIZE: { fields: ['publicityStartsOn', 'note'], noteRequired: false, grave: false },
  CONFIRM: { fields: ['note'], noteRequired: false, grave: false },
  NAME: { fields: ['plaqueNumber', 'batch', 'note'], noteRequired: false, grave: false },
  REJECT: { fields: ['note'], noteRequired: true, grave: true },
  WITHDRAW: { fields: ['note'], noteRequired: false, grave: true },
  COMMEND: { fields: ['note'], noteRequired: true, grave: false },
  ORDER_RECTIFICATION: { fields: ['note', 'deadline'], noteRequired: true, grave: true },
  PASS_RECTIFICATION: { fields: ['note'], noteRequired: false, grave: false },
  FAIL_RECTIFICATION: { fields: ['note'], noteRequired: true, grave: true },
  REVOKE: { fields: ['note'], noteRequired: true, grave: true },
};

export interface FormValues {
  note: string;
  publicityStartsOn: string;
  deadline: string;
  plaqueNumber: string;
  batch: string;
}

/** The mutation's input for an action: only the fields it takes, blanks left out (the server says what is missing). */
export function transitionInput(honorId: string, action: HonorAction, expectedVersion: number, values: FormValues) {
  const input: Record<string, unknown> = { honorId, action, expectedVersion };
  for (const field of ACTION_FORMS[action].fields) {
    const value = values[field].trim();
    if (value) input[field] = value;
  }
  return input as { honorId: string; action: HonorAction; expectedVersion: number } & Partial<FormValues>;
}

/** Candidacies per status from `honorCounts` rows (per unit, tier and status), for one tier or all. */
export function countsByStatus(rows: readonly { tier: string; status: string; count: number }[], tier: string | null): Record<HonorStatus, number> {
  const out = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as Record<HonorStatus, number>;
  for (const row of rows) if ((tier == null || row.tier === tier) && row.status in out) out[row.status as HonorStatus] += row.count;
  return out;
}

export interface StepRefusal {
  code: string;
  message: string;
  field?: string;
}

export interface SequenceReport<T> {
  done: T[];
  refused: { item: T; refusal: StepRefusal } | null;
  /** Those not tried because an earlier one was refused. */
  notTried: T[];
}

/**
 * Runs `step` over `items` one after another and stops at the first refusal: a naming batch must
 * not leave gaps the staff do not see (plaque numbers go in order), and what went through stays.
 */
export async function runInOrder<T>(items: readonly T[], step: (item: T, index: number) => Promise<void>, refusalOf: (error: unknown) => StepRefusal): Promise<SequenceReport<T>> {
  const done: T[] = [];
  for (let i = 0; i < items.length; i++) {
    try {
      await step(items[i]!, i);
      done.push(items[i]!);
    } catch (error) {
      return { done, refused: { item: items[i]!, refusal: refusalOf(error) }, notTried: items.slice(i + 1) };
    }
  }
  return { done, refused: null, notTried: [] };
}

/** A candidacy's name: the member's, team's, unit's or industry's, as its owner gives it now. */
export function subjectName(subject: { name?: string | null } | null | undefined): string {
  return subject?.name ?? '—';
}

/** Whether a row matches the name search (the subject's or the unit's name, ignoring case and spaces). */
export function matchesSearch(row: { subject?: { name?: string | null } | null; unit?: { name: string } | null }, search: string): boolean {
  const needle = search.replace(/\s+/g, '').toLowerCase();
  if (!needle) return true;
  return [row.subject?.name, row.unit?.name].some((n) => n != null && n.replace(/\s+/g, '').toLowerCase().includes(needle));
}

/**
 * Plaque numbers in order from `first`: its trailing digits counted up with their width kept
 * (BZ2016-POST-0009 → …0010); a number without trailing digits cannot be continued (null).
 */
export function numbersFrom(first: string, count: number): string[] | null {
  const match = /^(.*?)(\d+)$/.exec(first.trim());
  if (!match) return count <= 1 ? [first.trim()] : null;
  const [, prefix, digits] = match as unknown as [string, string, string];
  const start = Number(digits);
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(digits.length, '0')}`);
}
