import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { CjkFonts } from '../fonts.js';
import type { Chart } from '../model/types.js';

/**
 * A chart as SVG, drawn by ECharts' server-side renderer from the option the dashboard's builder
 * made (no DOM, no animation). Its element ids are made unique per chart so that several charts
 * can sit in one HTML page.
 */
export function chartSvg(chart: Pick<Chart, 'id' | 'option' | 'width' | 'height'>, locale: string): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height, locale: locale.startsWith('zh') ? 'ZH' : 'EN' });
  try {
    instance.setOption({ ...chart.option, animation: false } as EChartsOption);
    return instance.renderToSVGString().replace(/zr(\d+)-/g, `zr$1-${chart.id}-`);
  } finally {
    instance.dispose();
  }
}

/**
 * The SVG as a PNG for the DOCX, drawn by resvg with the CJK fonts given explicitly (no system
 * font lookup, so what the image shows does not depend on the machine's configuration), at twice
 * the size for print.
 */
export function svgToPng(svg: string, fonts: CjkFonts, scale = 2): Buffer {
  return drawSvg(svg, fonts, scale).asPng();
}

/** The SVG drawn by resvg with the given fonts only: its pixels (RGBA) and size. */
export function drawSvg(svg: string, fonts: CjkFonts, scale = 2) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      fontFiles: fonts.files,
      loadSystemFonts: false,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
      serifFamily: fonts.family,
    },
  });
  return resvg.render();
}
