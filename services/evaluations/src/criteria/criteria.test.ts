import { describe, expect, it } from 'vitest';
import {
  ALL_CRITERIA, CRITERIA, CRITERION_LABELS, EVALUATOR_KINDS, EVALUATOR_KIND_LABELS, HONOR_TIERS, ROUND_KINDS, ROUND_KIND_LABELS,
  TIER_LABELS, TIER_THEMES, criteriaOf, isCriterion, roundAdmits, tierOf,
} from './criteria.names.js';

describe('the criteria', () => {
  it('are the public Criterion names of DESIGN.md §5, tier by tier', () => {
    expect(ALL_CRITERIA).toEqual([
      'POST_POLITICAL', 'POST_DISCIPLINE', 'POST_SERVICE', 'POST_DUTY',
      'TEAM_UNITY', 'TEAM_RESULTS', 'TEAM_INNOVATION', 'TEAM_STYLE',
      'UNIT_LEADERSHIP', 'UNIT_EXAMPLE', 'UNIT_DRIVE', 'UNIT_SERVICE',
      'INDUSTRY_LEADERSHIP', 'INDUSTRY_RESULTS', 'INDUSTRY_CONDUCT',
    ]);
    expect(new Set(ALL_CRITERIA).size).toBe(15);
  });

  it('give a post the four of 四讲四有 and an industry three', () => {
    expect(criteriaOf('POST')).toEqual(['POST_POLITICAL', 'POST_DISCIPLINE', 'POST_SERVICE', 'POST_DUTY']);
    expect(criteriaOf('INDUSTRY')).toEqual(['INDUSTRY_LEADERSHIP', 'INDUSTRY_RESULTS', 'INDUSTRY_CONDUCT']);
    expect(TIER_THEMES.POST.zh).toContain('四讲四有');
  });

  it('each belong to the tier whose name they start with', () => {
    for (const tier of HONOR_TIERS) {
      for (const criterion of CRITERIA[tier]) {
        expect(tierOf(criterion)).toBe(tier);
        expect(criterion.startsWith(`${tier}_`)).toBe(true);
      }
    }
  });

  it('are labelled in the plan’s words, in Chinese and English', () => {
    expect(CRITERION_LABELS.POST_DISCIPLINE.label.zh).toBe('守规矩重品行');
    expect(CRITERION_LABELS.POST_SERVICE.label.zh).toBe('联系服务群众');
    expect(CRITERION_LABELS.TEAM_INNOVATION.hint.zh).toContain('攻坚破难');
    expect(CRITERION_LABELS.UNIT_SERVICE.hint.zh).toContain('满意度');
    expect(CRITERION_LABELS.INDUSTRY_CONDUCT.label.zh).toBe('作风行风好');
    for (const criterion of ALL_CRITERIA) {
      const { label, hint } = CRITERION_LABELS[criterion];
      for (const text of [label.zh, label.en, hint.zh, hint.en]) expect(text.trim().length, criterion).toBeGreaterThan(1);
      expect(label.zh, criterion).toMatch(/\p{Script=Han}/u);
      expect(label.en, criterion).toMatch(/^[\x20-\x7e’]+$/);
    }
  });

  it('tell a criterion from any other text, and refuse to name the tier of an unknown one', () => {
    expect(isCriterion('POST_DUTY')).toBe(true);
    for (const other of ['post_duty', 'POST', '', null, 7, 'toString', '__proto__']) expect(isCriterion(other), String(other)).toBe(false);
    expect(() => tierOf('NOPE' as never)).toThrow(RangeError);
    expect(() => criteriaOf('MEMBER' as never)).toThrow(RangeError);
  });
});

describe('the evaluator kinds, tiers and round kinds', () => {
  it('are MASSES, PEERS and LEADERS, labelled 群众评议, 党员互评 and 领导点评', () => {
    expect(EVALUATOR_KINDS).toEqual(['MASSES', 'PEERS', 'LEADERS']);
    expect(EVALUATOR_KINDS.map((k) => EVALUATOR_KIND_LABELS[k].zh)).toEqual(['群众评议', '党员互评', '领导点评']);
  });

  it('label every tier and round kind in both languages', () => {
    expect(HONOR_TIERS.map((t) => TIER_LABELS[t].zh)).toEqual(['共产党员示范岗', '共产党员示范团队', '共产党员示范单位', '共产党员示范行业']);
    expect(ROUND_KINDS.map((k) => ROUND_KIND_LABELS[k].zh)).toEqual(['群众评议', '年中评议', '年终考核']);
    for (const k of ROUND_KINDS) expect(ROUND_KIND_LABELS[k].en.length).toBeGreaterThan(0);
  });

  it('let the masses alone score a mass review of candidacies, and all three kinds the mid-year and year-end rounds', () => {
    expect(EVALUATOR_KINDS.filter((k) => roundAdmits('MASS_REVIEW', k))).toEqual(['MASSES']);
    expect(EVALUATOR_KINDS.filter((k) => roundAdmits('MID_YEAR_REVIEW', k))).toEqual(EVALUATOR_KINDS);
    expect(EVALUATOR_KINDS.filter((k) => roundAdmits('YEAR_END_ASSESSMENT', k))).toEqual(EVALUATOR_KINDS);
    expect(roundAdmits('YEAR_END_ASSESSMENT', 'VOTERS' as never)).toBe(false);
    expect(() => roundAdmits('WEEKLY' as never, 'MASSES')).toThrow(RangeError);
  });
});
