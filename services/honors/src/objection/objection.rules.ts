import { checkName, checkPlainText, type Problem } from '@sfxd/kit';
import { isIP } from 'node:net';

/*
 * Objections' rules as pure functions: what a reason, a contact and a finding may be, and whose
 * allowance an objection counts against.
 */

export const REASON_MIN = 5;
export const REASON_MAX = 500;
export const CONTACT_MAX = 100;
export const FINDING_MIN = 5;
export const FINDING_MAX = 500;
/** At most this many objections per client address (see `allowanceKey`) in any hour. */
export const OBJECTIONS_PER_HOUR = 5;
export const HOUR_MS = 3_600_000;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A lodged objection's text: the reason trimmed, the contact trimmed or null when blank. */
export function checkObjection(input: { reason: unknown; contact?: unknown }): Checked<{ reason: string; contact: string | null }> {
  if (typeof input.reason !== 'string') return { ok: false, problems: [{ field: 'reason', message: '异议理由应为文字 (reason must be text)' }] };
  const problems = checkPlainText(input.reason, 'reason', REASON_MIN, REASON_MAX, '异议理由');
  let contact: string | null = null;
  if (input.contact != null) {
    if (typeof input.contact !== 'string') problems.push({ field: 'contact', message: '联系方式应为文字 (contact must be text)' });
    else if (input.contact.trim() !== '') {
      problems.push(...checkName(input.contact, 'contact', CONTACT_MAX, '联系方式'));
      contact = input.contact.trim();
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { reason: input.reason.trim(), contact } };
}

export function checkFinding(finding: unknown): Checked<string> {
  if (typeof finding !== 'string') return { ok: false, problems: [{ field: 'finding', message: '核查结论应为文字 (finding must be text)' }] };
  const problems = checkPlainText(finding, 'finding', FINDING_MIN, FINDING_MAX, '核查结论');
  return problems.length ? { ok: false, problems } : { ok: true, value: finding.trim() };
}

/**
 * Whose allowance an objection counts against, from the client's address the gateway signed into
 * its credential: an IPv4 address as it is (an IPv4-mapped IPv6 address as its IPv4 address), an
 * IPv6 address by its /64 network — one subscriber is given a whole /64 and could otherwise take
 * a fresh address for every objection. Calls that carry no address (none come through the gateway
 * that way) share one allowance. The key is what the objection stores: never the full address.
 */
export function allowanceKey(address: string | null | undefined): string {
  if (!address) return 'unknown';
  let a = address.trim().replace(/^\[|\]$/g, '');
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  if (mapped) a = mapped[1]!;
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind === 6) return `${expandIpv6(a).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight hextets of a valid IPv6 address, lower case without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two hextets.
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [b1, b2, b3, b4] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') as [string, string] : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === null ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((h) => parseInt(h, 16).toString(16));
}

/** Seconds until the oldest objection counted leaves the hour, and another is accepted. */
export function retryAfterSeconds(oldestCounted: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestCounted.getTime() + HOUR_MS - now.getTime()) / 1000));
}
