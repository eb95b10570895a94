import { createHmac, randomInt } from 'node:crypto';
import type { Problem } from '../problem.js';

/*
 * One-time ballot codes for the masses (and the peers' bound codes): printed on paper as a QR code
 * and as text, typed back by people who have no account.
 *
 * - Alphabet: the 31 digits and capital letters left when 0/O, 1/I/L are taken out, the ones that
 *   are misread from paper. 31 is prime, which the check character needs.
 * - 15 random characters (crypto.randomInt, uniform): 15 × log2(31) ≈ 74.3 bits, so guessing a
 *   code among even a million issued takes about 2^54 tries; the service also rate-limits lookups.
 * - A 16th character makes Σ (i + 1) × value(cᵢ) ≡ 0 (mod 31) over the 16 positions. Every weight
 *   1–16 is non-zero and neighbouring weights differ, so changing one character changes the sum by
 *   weight × difference and swapping two neighbours by the difference of their values: neither is a
 *   multiple of the prime 31. Every such typo is told apart from a wrong code before any lookup.
 * - Written in four groups of four (`K7QM-3XPD-9FHW-2ABN`); case, spaces, dashes and full-width
 *   forms typed by a Chinese input method are all accepted.
 * - Stored only as HMAC-SHA-256(pepper, code): the service looks a code up by this hash, and a
 *   dump of the database without the pepper (kept in the environment) gives no usable code.
 */

export const BALLOT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BALLOT_DATA_LENGTH = 15;
export const BALLOT_CODE_LENGTH = BALLOT_DATA_LENGTH + 1;
export const BALLOT_GROUP = 4;
/** Randomness in one code, in bits. */
export const BALLOT_CODE_BITS = BALLOT_DATA_LENGTH * Math.log2(BALLOT_ALPHABET.length);
/** The most codes one call issues: a unit's whole roster several times over. */
export const MAX_BALLOTS_PER_CALL = 100_000;
export const MIN_PEPPER_BYTES = 16;

const BASE = BALLOT_ALPHABET.length;
const VALUE = new Map([...BALLOT_ALPHABET].map((ch, i) => [ch, i]));
/** 16 × 2 = 32 ≡ 1 (mod 31): 2 undoes the check position's weight. */
const INVERSE_OF_CHECK_WEIGHT = 2;

function weightedSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum = (sum + (i + 1) * VALUE.get(chars[i])!) % BASE;
  return sum;
}

/** The check character of 15 characters of the alphabet. */
export function ballotCheckCharacter(data: string): string {
  if (data.length !== BALLOT_DATA_LENGTH || [...data].some((ch) => !VALUE.has(ch))) {
    throw new RangeError(`A ballot code's data is ${BALLOT_DATA_LENGTH} characters of ${BALLOT_ALPHABET}`);
  }
  return BALLOT_ALPHABET[(BASE - ((weightedSum(data) * INVERSE_OF_CHECK_WEIGHT) % BASE)) % BASE];
}

/** `K7QM3XPD9FHW2ABN` → `K7QM-3XPD-9FHW-2ABN`; anything typed is normalised first. */
export function formatBallotCode(code: string): string {
  const compact = normalizeBallotCode(code);
  return compact.match(new RegExp(`.{1,${BALLOT_GROUP}}`, 'g'))?.join('-') ?? '';
}

/** A new code, written in groups. */
export function generateBallotCode(): string {
  let data = '';
  for (let i = 0; i < BALLOT_DATA_LENGTH; i++) data += BALLOT_ALPHABET[randomInt(BASE)];
  return formatBallotCode(data + ballotCheckCharacter(data));
}

/** `count` different new codes, for one `issueBallots` call. */
export function generateBallotCodes(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_BALLOTS_PER_CALL) {
    throw new RangeError(`Ballot codes are issued 0 to ${MAX_BALLOTS_PER_CALL} at a time (asked for ${count})`);
  }
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateBallotCode());
  return [...codes];
}

/** Dashes as they come from keyboards and input methods: hyphen-minus, U+2010–2015, minus sign. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu;

/**
 * A typed code as it is checked and hashed: full-width forms made plain (ＫＡ → KA), capitals,
 * without spaces or dashes. Nothing else is changed: a typed 0, O, 1, I or L stays and is refused.
 */
export function normalizeBallotCode(raw: string): string {
  if (typeof raw !== 'string') return '';
  return raw.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
}

/**
 * What is wrong with a typed code without looking it up, with field `ballotCode`: its length, a
 * character no code has, or a check character that does not match (a typo). Empty when the code
 * is well formed — which says nothing of whether it was issued.
 */
export function checkBallotCode(raw: string, field = 'ballotCode'): Problem[] {
  const code = normalizeBallotCode(raw);
  const chars = [...code];
  if (chars.length !== BALLOT_CODE_LENGTH) {
    return [{ field, message: `投票码应为${BALLOT_CODE_LENGTH}位字母和数字，现为${chars.length}位 (a ballot code has ${BALLOT_CODE_LENGTH} letters and digits; this has ${chars.length})` }];
  }
  const bad = chars.findIndex((ch) => !VALUE.has(ch));
  if (bad >= 0) {
    return [{
      field,
      message: `投票码第${bad + 1}位不是投票码所用的字符（投票码中没有0、O、1、I、L） (character ${bad + 1} is not used in ballot codes, which have no 0, O, 1, I or L)`,
    }];
  }
  if (weightedSum(code) !== 0) {
    return [{ field, message: '投票码有误，请对照选票核对后重新输入 (this ballot code has a typo: check it against the paper)' }];
  }
  return [];
}

export function isWellFormedBallotCode(raw: string): boolean {
  return checkBallotCode(raw).length === 0;
}

/**
 * What the service stores and looks a code up by: HMAC-SHA-256 keyed with the server's pepper
 * over the normalised code, as 64 hexadecimal digits. However the code was typed, the hash is the
 * same. Refuses a malformed code (check it first) and a pepper under 16 bytes.
 */
export function hashBallotCode(code: string, pepper: string | Uint8Array): string {
  checkPepper(pepper);
  if (!isWellFormedBallotCode(code)) throw new RangeError('Only a well-formed ballot code is hashed');
  return createHmac('sha256', pepper).update(normalizeBallotCode(code), 'ascii').digest('hex');
}

/**
 * `hashBallotCode` for codes made here, millions at a time (the demo data): the same HMAC under the
 * same pepper, checked once, over a code already in its normalised form (16 characters, no dashes),
 * which the caller built with `ballotCheckCharacter` and so need not be checked again.
 */
export function normalizedBallotCodeHasher(pepper: string | Uint8Array): (normalized: string) => string {
  checkPepper(pepper);
  return (normalized) => createHmac('sha256', pepper).update(normalized, 'ascii').digest('hex');
}

function checkPepper(pepper: string | Uint8Array): void {
  const bytes = typeof pepper === 'string' ? Buffer.byteLength(pepper, 'utf8') : pepper?.byteLength;
  if (!(bytes >= MIN_PEPPER_BYTES)) throw new RangeError(`The ballot pepper must be at least ${MIN_PEPPER_BYTES} bytes`);
}
