import { describe, expect, it } from 'vitest';
import { namedInRollOrder, publicizingInOrder, type RollRow } from './roll.rules.js';

const row = (over: Partial<RollRow>): RollRow => ({
  honorId: over.honorId ?? 'h',
  tier: 'POST',
  status: 'NAMED',
  name: null,
  unitName: null,
  batch: null,
  namedOn: null,
  verificationCode: null,
  publicityStartsOn: null,
  publicityEndsOn: null,
  ...over,
});

describe('the honor roll’s order', () => {
  it('lists the batch named first first, then posts, teams, units and industries, by unit and name in pinyin; honors without a batch last', () => {
    const rows = [
      row({ honorId: 'a', batch: '国庆前第二批', namedOn: '2016-09-30', tier: 'POST', unitName: '市财政局', name: '王芳' }),
      row({ honorId: 'b', batch: '七一前首批', namedOn: '2016-06-30', tier: 'TEAM', unitName: '市财政局', name: '预算科' }),
      row({ honorId: 'c', batch: '七一前首批', namedOn: '2016-06-29', tier: 'POST', unitName: '市财政局', name: '张伟' }),
      row({ honorId: 'd', batch: '七一前首批', namedOn: '2016-06-30', tier: 'POST', unitName: '市档案局', name: '李娜' }),
      row({ honorId: 'e', batch: null, namedOn: '2016-03-01', tier: 'POST', unitName: '市档案局', name: '陈静' }),
      row({ honorId: 'f', batch: '七一前首批', namedOn: '2016-06-30', tier: 'INDUSTRY', unitName: null, name: '交通运输系统' }),
      row({ honorId: 'g', batch: '七一前首批', namedOn: '2016-06-30', tier: 'POST', unitName: '市财政局', name: '安然', status: 'RECTIFYING' }),
    ];
    // 档案 (dàng) before 财政 (cái)? No: pinyin puts cái before dàng.
    expect(namedInRollOrder(rows).map((r) => r.honorId)).toEqual(['g', 'c', 'd', 'b', 'f', 'a', 'e']);
  });

  it('leaves the candidacies in publicity out of the named ones, and lists them by the window ending first', () => {
    const rows = [
      row({ honorId: 'n', status: 'NAMED', namedOn: '2016-06-30' }),
      row({ honorId: 'p2', status: 'PUBLICIZING', publicityEndsOn: '2016-10-11', tier: 'TEAM' }),
      row({ honorId: 'p1', status: 'PUBLICIZING', publicityEndsOn: '2016-10-11', tier: 'POST' }),
      row({ honorId: 'p0', status: 'PUBLICIZING', publicityEndsOn: '2016-09-09', tier: 'UNIT' }),
    ];
    expect(namedInRollOrder(rows).map((r) => r.honorId)).toEqual(['n']);
    expect(publicizingInOrder(rows).map((r) => r.honorId)).toEqual(['p0', 'p1', 'p2']);
  });
});
