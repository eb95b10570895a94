import { describe, expect, it } from 'vitest';
import { applyChanges } from './changes.js';
import { checkPageSize, decodeCursor, encodeCursor } from './cursor.js';
import { checkName, checkPlainText, checkText, checkYear } from './validation.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('the text checks', () => {
  it('let ordinary Chinese names, emoji and multi-line text through', () => {
    expect(checkName('  巴中市财政局 ', 'name', 128)).toEqual([]);
    expect(checkName('王😀', 'name', 2)).toEqual([]);
    expect(checkText('第一行\n第二行\t完', 'description', 2000)).toEqual([]);
  });

  it('refuse NUL, other control characters and half a surrogate pair in any text, saying where', () => {
    for (const text of ['RT\u0000', 'a\u0007b', '\u009f', '\ud800', 'x\udc00y']) expect(fields(checkText(text, 'title')), JSON.stringify(text)).toEqual(['title']);
    expect(checkText('好\u0000', 'comment')[0]!.message).toBe('comment contains a control character or half of a surrogate pair, U+0000, at character 2');
    expect(checkText('好\u0000', 'comment', undefined, '评语')[0]!.message).toBe('评语第2个字符是无法保存的控制字符或残缺字符 U+0000，请删除 (comment contains a control character or half of a surrogate pair, U+0000, at character 2)');
  });

  it('refuse in names line breaks, direction overrides, and names of invisible characters only', () => {
    for (const text of ['张\n伟', '张\t伟', '张\u202e伟', '\u2066张伟', '\u200b\u200d', '\u3164', ' \u3000 ', '']) {
      expect(fields(checkName(text, 'name', 32)), JSON.stringify(text)).toEqual(['name']);
    }
  });

  it('take plain text of min–max characters once trimmed, line breaks allowed, direction overrides and blanks refused', () => {
    expect(checkPlainText('  该同志群众评价\n与事实不符 ', 'reason', 5, 500)).toEqual([]);
    expect(checkPlainText('😀'.repeat(5), 'reason', 5, 500)).toEqual([]);
    for (const text of ['材料不实', ' 材料不 ', '\u200b'.repeat(6), '举'.repeat(501), '材料\u202e不实请核查', '材料\u0000不实请核查']) {
      expect(fields(checkPlainText(text, 'reason', 5, 500)), JSON.stringify(text)).toEqual(['reason']);
    }
    expect(checkPlainText('材料不实', 'reason', 5, 500, '异议理由')[0]!.message).toBe('异议理由应为5–500个字 (reason must be 5–500 characters)');
  });

  it('count characters, not UTF-16 units, against the limit', () => {
    expect(checkName('😀'.repeat(32), 'name', 32)).toEqual([]);
    expect(checkName('😀'.repeat(33), 'name', 32)[0]!.message).toBe('name must be 1–32 characters');
    expect(fields(checkText('a'.repeat(2001), 'description', 2000))).toEqual(['description']);
  });
});

describe('the argument checks', () => {
  it('refuse page sizes outside 1–100 and years outside 1900–9999', () => {
    expect([0, 101, 1.5].map((n) => fields(checkPageSize(n)))).toEqual([['first'], ['first'], ['first']]);
    expect(checkPageSize(100)).toEqual([]);
    expect([1899, 10_000, 2016.5].map((y) => fields(checkYear(y)))).toEqual([['year'], ['year'], ['year']]);
    expect(checkYear(2016)).toEqual([]);
  });

  it('decode the cursors they gave out, and refuse forged ones, NUL inside included', () => {
    expect(decodeCursor(encodeCursor(['张伟', 'x']), 2)).toEqual({ key: ['张伟', 'x'] });
    for (const cursor of ['not-a-cursor', encodeCursor(['a']), encodeCursor(['RT\u0000', 'x'])]) {
      expect(decodeCursor(cursor, 2), cursor).toEqual({ problems: [{ field: 'after', message: 'after is not a cursor this list gave out' }] });
    }
  });
});

describe('applyChanges', () => {
  it('sets and names only the fields whose values differ', () => {
    const record = { name: '综合科', excluded: false, code: 'U1' };
    expect(applyChanges(record, { name: '综合科', excluded: true, code: undefined })).toEqual(['excluded']);
    expect(record).toEqual({ name: '综合科', excluded: true, code: 'U1' });
    expect(applyChanges(record, { name: '综合科' })).toEqual([]);
  });
});
