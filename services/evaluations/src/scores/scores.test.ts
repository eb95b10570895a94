import { describe, expect, it } from 'vitest';
import { ALL_CRITERIA, HONOR_TIERS, criteriaOf, type Criterion, type HonorTier } from '../criteria/criteria.names.js';
import { COMMENT_MAX, MAX_SCORE_ENTRIES, checkComment, checkScores, normalizeComment, type ScoreInput } from './scores.check.js';

const full = (tier: HonorTier, score = 85): ScoreInput[] => criteriaOf(tier).map((criterion) => ({ criterion, score }));
const withScore = (criterion: Criterion, score: unknown): ScoreInput[] =>
  full('POST').map((s) => (s.criterion === criterion ? { criterion, score: score as number } : s));
const fields = (tier: HonorTier, scores: unknown) => checkScores(tier, scores as ScoreInput[]).map((p) => p.field);

describe('checking an evaluation’s scores', () => {
  it('accepts one whole-number score from 0 to 100 for every criterion of the subject’s tier, in any order', () => {
    for (const tier of HONOR_TIERS) expect(checkScores(tier, full(tier))).toEqual([]);
    expect(checkScores('POST', withScore('POST_DUTY', 0))).toEqual([]);
    expect(checkScores('POST', withScore('POST_DUTY', 100))).toEqual([]);
    expect(checkScores('TEAM', full('TEAM').reverse())).toEqual([]);
  });

  it('names a missing criterion, each one when several are missing', () => {
    expect(checkScores('POST', full('POST').filter((s) => s.criterion !== 'POST_DUTY'))).toEqual([
      { field: 'scores.POST_DUTY', message: '缺少“担当作为”的评分 (POST_DUTY is not scored)' },
    ]);
    expect(fields('UNIT', [])).toEqual(['scores.UNIT_LEADERSHIP', 'scores.UNIT_EXAMPLE', 'scores.UNIT_DRIVE', 'scores.UNIT_SERVICE']);
  });

  it('names a criterion of another tier as extra, saying whose it is', () => {
    const problems = checkScores('POST', [...full('POST'), { criterion: 'TEAM_UNITY', score: 90 }]);
    expect(problems).toEqual([{
      field: 'scores.TEAM_UNITY',
      message: '“团结协作好”是共产党员示范团队的评分项，不适用于共产党员示范岗 (TEAM_UNITY is a TEAM criterion, not one of POST)',
    }]);
  });

  it('names a repeated criterion once, even when it comes three times', () => {
    const scores = [...full('INDUSTRY'), { criterion: 'INDUSTRY_RESULTS', score: 80 }, { criterion: 'INDUSTRY_RESULTS', score: 70 }];
    expect(checkScores('INDUSTRY', scores as ScoreInput[])).toEqual([
      { field: 'scores.INDUSTRY_RESULTS', message: '“工作业绩好”重复评分 (INDUSTRY_RESULTS is scored more than once)' },
    ]);
  });

  it('names a score that is out of range, not whole, not a number or absent', () => {
    for (const bad of [-1, 101, 1000, 89.5, 0.1, Number.NaN, Infinity, -Infinity, '90', null, undefined, true, 9n]) {
      expect(fields('POST', withScore('POST_SERVICE', bad)), String(bad)).toEqual(['scores.POST_SERVICE']);
    }
    expect(checkScores('POST', withScore('POST_SERVICE', 100.5))[0].message).toBe(
      '“联系服务群众”的评分应为0–100的整数 (POST_SERVICE must be a whole number from 0 to 100)',
    );
  });

  it('names an entry whose criterion is not a criterion at all by its position', () => {
    for (const criterion of ['POST', 'post_duty', '', null, 3, '__proto__', 'constructor']) {
      expect(fields('POST', [...full('POST'), { criterion, score: 80 }]), String(criterion)).toEqual(['scores[4].criterion']);
    }
    expect(fields('POST', [null, ...full('POST')])).toEqual(['scores[0].criterion']);
  });

  it('reports every problem of a sheet at once, one per field, in the order of the entries and then the missing ones', () => {
    const scores = [
      { criterion: 'POST_DUTY', score: 120 },
      { criterion: 'UNIT_DRIVE', score: 80 },
      { criterion: 'POST_DUTY', score: 70 },
      { criterion: 'POST_POLITICAL', score: 88 },
      { criterion: 'UNIT_DRIVE', score: 80 },
    ];
    expect(fields('POST', scores)).toEqual(['scores.POST_DUTY', 'scores.UNIT_DRIVE', 'scores.POST_DISCIPLINE', 'scores.POST_SERVICE']);
  });

  it('refuses something that is not a list, or a list longer than any sheet, as a whole', () => {
    for (const bad of [null, undefined, {}, 'POST_DUTY=90']) expect(fields('POST', bad)).toEqual(['scores']);
    const long = Array.from({ length: MAX_SCORE_ENTRIES + 1 }, () => ({ criterion: 'POST_DUTY', score: 90 }));
    expect(fields('POST', long)).toEqual(['scores']);
  });

  it('covers every criterion of every tier: each one missing is named, and each one offered to another tier is extra', () => {
    for (const tier of HONOR_TIERS) {
      for (const criterion of ALL_CRITERIA) {
        const own = criteriaOf(tier).includes(criterion);
        const scores = own ? full(tier).filter((s) => s.criterion !== criterion) : [...full(tier), { criterion, score: 50 }];
        expect(fields(tier, scores), `${tier} ${criterion}`).toEqual([`scores.${criterion}`]);
      }
    }
  });

  it('refuses to check scores for a tier that does not exist', () => {
    expect(() => checkScores('MEMBER' as never, [])).toThrow(RangeError);
  });
});

describe('checking a comment', () => {
  const messages = (value: unknown) => checkComment(value).map((p) => `${p.field}: ${p.message}`);

  it('accepts no comment, a blank one, and plain Chinese or English text with line breaks, tabs and emoji', () => {
    for (const ok of [null, undefined, '', '   ', '服务热情，办事高效。', 'Helpful.\r\nAlways on time.\tThanks', '👍👨‍👩‍👧 好', 'مرحبا']) {
      expect(checkComment(ok), JSON.stringify(ok)).toEqual([]);
    }
  });

  it('accepts 500 characters counted as a reader counts them, and refuses 501', () => {
    expect(checkComment('好'.repeat(COMMENT_MAX))).toEqual([]);
    expect(checkComment('😀'.repeat(COMMENT_MAX))).toEqual([]);
    expect(checkComment(`  ${'a'.repeat(COMMENT_MAX)}\n\n`)).toEqual([]);
    expect(messages('好'.repeat(COMMENT_MAX + 1))).toEqual(['comment: 评语最多500个字，现为501个字 (comment must be at most 500 characters; it has 501)']);
  });

  it('refuses NUL and other control characters, saying where', () => {
    expect(messages('好\u0000')).toEqual(['comment: 评语第2个字符是控制字符 U+0000，请删除 (comment contains a control character, U+0000, at character 2)']);
    for (const ch of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(checkComment(`ok${ch}ok`), ch.codePointAt(0)!.toString(16)).toHaveLength(1);
    }
  });

  it('refuses characters that turn the direction of the text, so that a comment cannot read as something else', () => {
    for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      const problems = checkComment(`差评${ch}好评`);
      expect(problems, ch.codePointAt(0)!.toString(16)).toHaveLength(1);
      expect(problems[0].message).toContain('文字方向控制字符');
    }
    expect(messages('😀\u202e')[0]).toContain('第2个字符');
  });

  it('refuses half of a surrogate pair, which is not text', () => {
    for (const bad of ['\ud83d', 'a\ude00b', '\ude00\ud83d', `${'好'.repeat(3)}\ud800`]) {
      const problems = checkComment(bad);
      expect(problems, JSON.stringify(bad)).toHaveLength(1);
      expect(problems[0].message).toContain('无效字符');
    }
  });

  it('refuses a comment that is not text, and names the field it is given', () => {
    expect(checkComment(42)).toEqual([{ field: 'comment', message: '评语应为文字 (comment must be text)' }]);
    expect(checkComment('\u0000', 'rows[3].comment')[0].field).toBe('rows[3].comment');
  });

  it('reports a long comment with a control character as two problems', () => {
    expect(checkComment(`${'a'.repeat(COMMENT_MAX)}\u0007`).length).toBe(2);
  });

  it('is stored trimmed, with line breaks as \\n, and blank as no comment', () => {
    expect(normalizeComment('  好\r\n很好\r更好\n ')).toBe('好\n很好\n更好');
    expect(normalizeComment(' \n\t ')).toBeNull();
    expect(normalizeComment(null)).toBeNull();
    expect(normalizeComment(undefined)).toBeNull();
  });
});
