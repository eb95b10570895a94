import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BALLOT_ALPHABET, BALLOT_CODE_BITS, MAX_BALLOTS_PER_CALL, ballotCheckCharacter, checkBallotCode, formatBallotCode, generateBallotCode,
  generateBallotCodes, hashBallotCode, isWellFormedBallotCode, normalizeBallotCode,
} from './ballot.code.js';

const PEPPER = 'a-test-pepper-of-enough-bytes';
const SHAPE = new RegExp(`^[${BALLOT_ALPHABET}]{4}(-[${BALLOT_ALPHABET}]{4}){3}$`);
const sample = generateBallotCodes(60);
const reasonOf = (raw: string) => checkBallotCode(raw)[0]?.message ?? 'ok';

describe('a ballot code', () => {
  it('uses 31 characters that cannot be misread from paper: no 0, O, 1, I or L', () => {
    expect(BALLOT_ALPHABET).toHaveLength(31);
    expect(new Set(BALLOT_ALPHABET).size).toBe(31);
    for (const ch of '0O1IL') expect(BALLOT_ALPHABET).not.toContain(ch);
    expect(BALLOT_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it('carries more than 60 bits of randomness', () => {
    expect(BALLOT_CODE_BITS).toBeGreaterThan(74);
    expect(BALLOT_CODE_BITS).toBeLessThan(75);
  });

  it('is written in four groups of four, like K7QM-3XPD-9FHW-2ABN, and is well formed as printed', () => {
    for (const code of sample) {
      expect(code).toMatch(SHAPE);
      expect(isWellFormedBallotCode(code), code).toBe(true);
    }
  });

  it('comes out different each time, and uses the whole alphabet in every position', () => {
    const codes = generateBallotCodes(2000);
    expect(new Set(codes).size).toBe(2000);
    for (let position = 0; position < 15; position++) {
      const seen = new Set(codes.map((c) => normalizeBallotCode(c)[position]));
      expect(seen.size, `position ${position}`).toBe(31);
    }
    expect(generateBallotCode()).not.toBe(generateBallotCode());
  });

  it('is issued 0 to 100,000 at a time', () => {
    expect(generateBallotCodes(0)).toEqual([]);
    for (const bad of [-1, 1.5, MAX_BALLOTS_PER_CALL + 1, Number.NaN]) expect(() => generateBallotCodes(bad), String(bad)).toThrow(RangeError);
  });

  it('ends with the character that makes the weighted sum of all sixteen a multiple of 31', () => {
    expect(ballotCheckCharacter('222222222222222')).toBe('2');
    // 3 has value 1 at position 1 (weight 1): 1 + 16 × v ≡ 0 (mod 31) gives v = 29, which is Y.
    expect(ballotCheckCharacter('322222222222222')).toBe('Y');
    expect(isWellFormedBallotCode('3222-2222-2222-222Y')).toBe(true);
    expect(() => ballotCheckCharacter('2222')).toThrow(RangeError);
    expect(() => ballotCheckCharacter('O22222222222222')).toThrow(RangeError);
  });
});

describe('the check character', () => {
  it('catches every change of one character into any other of the alphabet, as a typo', () => {
    let tried = 0;
    for (const code of sample) {
      const chars = [...normalizeBallotCode(code)];
      chars.forEach((original, position) => {
        for (const other of BALLOT_ALPHABET) {
          if (other === original) continue;
          const typo = chars.map((ch, i) => (i === position ? other : ch)).join('');
          expect(reasonOf(typo), `${code} → ${typo}`).toContain('有误');
          tried++;
        }
      });
    }
    expect(tried).toBe(sample.length * 16 * 30);
  });

  it('catches every swap of two neighbouring characters that differ, across the dashes too', () => {
    let tried = 0;
    for (const code of sample) {
      const chars = [...normalizeBallotCode(code)];
      for (let i = 0; i + 1 < chars.length; i++) {
        if (chars[i] === chars[i + 1]) continue;
        const swapped = [...chars];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        expect(isWellFormedBallotCode(formatBallotCode(swapped.join(''))), `${code} swap ${i}`).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(sample.length * 12);
  });

  it('catches a swap anywhere in every pair of neighbours, shown on a code built to have them all differ', () => {
    const data = '23456789ABCDEFG';
    const code = data + ballotCheckCharacter(data);
    for (let i = 0; i < 15; i++) {
      const swapped = [...code];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      expect(isWellFormedBallotCode(swapped.join('')), `swap ${i}`).toBe(false);
    }
  });
});

describe('a typed ballot code', () => {
  const code = sample[0];
  const compact = code.replaceAll('-', '');

  it('is read whatever the case, spaces and dashes', () => {
    for (const typed of [code, compact, code.toLowerCase(), ` ${code.replaceAll('-', ' ')} `, compact.match(/.{4}/g)!.join('\t'), `${code}\n`]) {
      expect(normalizeBallotCode(typed), JSON.stringify(typed)).toBe(compact);
      expect(isWellFormedBallotCode(typed)).toBe(true);
    }
  });

  it('is read when typed with a Chinese input method’s full-width letters, digits and dashes', () => {
    const fullWidth = [...code].map((ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xfee0)).join('');
    expect(fullWidth).not.toBe(code);
    expect(normalizeBallotCode(fullWidth)).toBe(compact);
    expect(normalizeBallotCode(code.replaceAll('-', '–'))).toBe(compact);
    expect(normalizeBallotCode(code.replaceAll('-', '\u3000'))).toBe(compact);
  });

  it('is refused for its length before anything else, saying how long it is', () => {
    expect(checkBallotCode('K7QM-3XPD')).toEqual([{
      field: 'ballotCode', message: '投票码应为16位字母和数字，现为8位 (a ballot code has 16 letters and digits; this has 8)',
    }]);
    expect(checkBallotCode('')[0].message).toContain('现为0位');
    expect(checkBallotCode(`${code}2`)[0].message).toContain('现为17位');
    expect(checkBallotCode(null as never)[0].message).toContain('现为0位');
  });

  it('is refused for a character no code has, naming its position, so that 0 for O or 1 for I is not taken for a wrong code', () => {
    for (const [ch, at] of [['0', 1], ['O', 5], ['1', 9], ['I', 12], ['L', 16], ['.', 3], ['好', 7]] as const) {
      const typed = [...compact].map((c, i) => (i === at - 1 ? ch : c)).join('');
      expect(checkBallotCode(typed), `${ch} at ${at}`).toEqual([{
        field: 'ballotCode',
        message: `投票码第${at}位不是投票码所用的字符（投票码中没有0、O、1、I、L） (character ${at} is not used in ballot codes, which have no 0, O, 1, I or L)`,
      }]);
    }
  });

  it('names the field it is given', () => {
    expect(checkBallotCode('x', 'rows[2].ballotCode')[0].field).toBe('rows[2].ballotCode');
  });
});

describe('a ballot code’s hash', () => {
  const code = sample[1];

  it('is HMAC-SHA-256 of the normalised code keyed with the pepper, as 64 hexadecimal digits', () => {
    const hash = hashBallotCode(code, PEPPER);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHmac('sha256', PEPPER).update(code.replaceAll('-', '')).digest('hex'));
    expect(hashBallotCode(code, Buffer.from(PEPPER))).toBe(hash);
  });

  it('is the same however the code is typed, so the service finds it by its hash', () => {
    expect(hashBallotCode(` ${code.toLowerCase().replaceAll('-', ' ')} `, PEPPER)).toBe(hashBallotCode(code, PEPPER));
  });

  it('differs with another pepper and another code, and does not contain the code', () => {
    const hash = hashBallotCode(code, PEPPER);
    expect(hashBallotCode(code, `${PEPPER}!`)).not.toBe(hash);
    expect(hashBallotCode(sample[2], PEPPER)).not.toBe(hash);
    expect(hash.toUpperCase()).not.toContain(code.replaceAll('-', '').slice(0, 6));
    expect(hash).not.toBe(createHmac('sha256', '').update(code.replaceAll('-', '')).digest('hex'));
  });

  it('is refused for a malformed code and for a pepper shorter than 16 bytes', () => {
    const typo = [...code.replaceAll('-', '')].map((c, i) => (i === 0 ? (c === '2' ? '3' : '2') : c)).join('');
    expect(() => hashBallotCode(typo, PEPPER)).toThrow(RangeError);
    expect(() => hashBallotCode(code, 'short')).toThrow(RangeError);
    expect(() => hashBallotCode(code, new Uint8Array(15))).toThrow(RangeError);
    expect(() => hashBallotCode(code, undefined as never)).toThrow(RangeError);
    expect(() => hashBallotCode(code, '１２３４５６７８')).not.toThrow(); // 8 characters, 24 bytes
  });
});
