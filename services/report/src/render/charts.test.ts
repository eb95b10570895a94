import { unitsByIndustryOption } from '@sfxd/dashboard/charts';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_MISSING, findCjkFonts, type CjkFonts } from '../fonts.js';
import { chartSvg, drawSvg, svgToPng } from './charts.js';

const option = unitsByIndustryOption(
  { rows: [{ id: 'i1', name: '党群系统', participating: 13, excluded: 0 }, { id: 'i2', name: '政法系统', participating: 0, excluded: 4 }] },
  { title: '各系统单位数示范行动', industry: '系统', participating: '参加示范行动', excluded: '另行组织实施' },
  { locale: 'zh-CN', animation: false },
);
const svg = chartSvg({ id: 'industries', option: { ...option, toolbox: { show: false } }, width: 600, height: 300 }, 'zh-CN');

type Box = { x: number; y: number; width: number; height: number };

/** Which pixels of a box of the drawn SVG are dark (ink), in the SVG's own coordinates. */
function inkMap(source: string, fonts: CjkFonts, box: Box): boolean[] {
  const scale = 2;
  const image = drawSvg(source, fonts, scale);
  const pixels = image.pixels;
  const out: boolean[] = [];
  for (let y = box.y * scale; y < (box.y + box.height) * scale; y++) {
    for (let x = box.x * scale; x < (box.x + box.width) * scale; x++) {
      const i = (y * image.width + x) * 4;
      out.push(pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 160);
    }
  }
  return out;
}

/**
 * Draws the chart's title, then the same chart with ten other Chinese characters in its place:
 * real glyphs differ from character to character, a missing glyph is the same empty box every
 * time. Returns the title's ink and how many of its pixels the other text changes.
 */
function glyphCheck(fonts: CjkFonts): { ink: number; changed: number } {
  const title = /<text [^>]*transform="translate\(([\d.]+) ([\d.]+)\)"[^>]*>各系统单位数示范行动<\/text>/.exec(svg)!;
  const box = { x: Math.floor(Number(title[1])), y: Math.max(0, Math.floor(Number(title[2])) - 2), width: 10 * 15 + 4, height: 24 };
  const a = inkMap(svg, fonts, box);
  const b = inkMap(svg.replace('>各系统单位数示范行动</text>', '>一二三四五六七八九十</text>'), fonts, box);
  return { ink: a.filter(Boolean).length, changed: a.filter((dark, i) => dark !== b[i]).length };
}

describe('charts for the DOCX', () => {
  it('are drawn by ECharts SSR as well-formed SVG with their Chinese labels as text', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>各系统单位数示范行动</text>');
    expect(svg).toContain('>党群系统</text>');
    // Attribute values never hold an unescaped double quote (the font families are single-quoted).
    expect(svg).not.toMatch(/font-family:"/);
    expect(svgToPng(svg, findCjkFonts()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('draw every glyph of a Chinese title with the Noto CJK font given to the renderer, where a Latin-only font draws the same empty box for each', () => {
    const cjk = glyphCheck(findCjkFonts());
    // Ten 15-pixel characters drawn at twice the size: hundreds of dark pixels each, and other
    // characters draw other shapes.
    expect(cjk.ink).toBeGreaterThan(10 * 150);
    expect(cjk.changed).toBeGreaterThan(10 * 100);
    const latin = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (existsSync(latin)) expect(glyphCheck({ files: [latin], family: 'DejaVu Sans' }).changed).toBe(0);
  });

  it('refuse with a clear message when no CJK font can be found, naming the package to install and REPORT_FONT_PATH', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'sfxd-fonts-'));
    expect(() => findCjkFonts({ REPORT_FONT_PATH: empty })).toThrow(/fonts-noto-cjk/);
    expect(FONTS_MISSING).toContain('REPORT_FONT_PATH');
  });

  it('take the font files REPORT_FONT_PATH names', () => {
    const noto = findCjkFonts().files[0]!;
    expect(findCjkFonts({ REPORT_FONT_PATH: noto }).files).toEqual([noto]);
    expect(findCjkFonts({ REPORT_FONT_PATH: path.dirname(noto) }).files).toContain(noto);
  });
});
