import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { datasetOf, scoreTrendOption } from './index.js';

const text = { title: '各轮评议得分与满意率', point: '评议轮次', score: '加权得分', satisfaction: '满意率', count: '评议份数' };
const option = scoreTrendOption(
  {
    points: [
      { label: '第一批群众评议', score: 85.77, satisfaction: 0.8561, count: 4460 },
      { label: '年中评议', score: 86.98, satisfaction: null, count: 8149 },
      { label: '年终考核', score: null, satisfaction: 0.8354, count: 3 },
    ],
  },
  text,
  { locale: 'zh-CN', animation: false },
);

describe('the evaluation trend', () => {
  it('lists every point with its score, satisfaction and count, a missing value as a gap rather than a zero', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['第一批群众评议', 85.77, 0.8561, 4460],
      ['年中评议', 86.98, '-', 8149],
      ['年终考核', '-', 0.8354, 3],
    ]);
    expect((option.aria as { label: { description: string } }).label.description).toContain('第一批群众评议：加权得分 85.77，满意率 85.6%，评议份数 4,460');
  });

  it('draws the score on a 0–100 axis zoomed to the data and the satisfaction as a percentage on its own axis', () => {
    expect(option.yAxis).toMatchObject([{ min: 80, max: 100 }, { min: 0, max: 1 }]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('>85.77</text>');
    expect(svg).toContain('>85.6%</text>');
    expect(svg).toContain('>年中评议</text>');
  });
});
