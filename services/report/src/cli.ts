#!/usr/bin/env node
/**
 * 自查总结 from a shell, through the gateway like any client:
 *   npm run report -- --year 2016 [--unit U001] [--format docx|html|xlsx] [--lang zh|en] [--out <file or folder>]
 * Options: --gateway <url> (or SFXD_GATEWAY_URL; default http://localhost:4000/graphql), --token <jwt>
 * (or SFXD_TOKEN; in development, without either, the development ADMIN token). ADMIN and LEADER
 * may generate the city's report and any unit's; a UNIT_ADMIN its own unit's.
 * Exit codes: 0 written, 1 refused or failed (one line saying why), 2 wrong usage.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GatewayError } from './api/client.js';
import { ReportError } from './errors.js';
import { FORMATS, generateReport, type ReportFormat } from './generate.js';
import type { Lang } from './model/types.js';

const USAGE = `usage: npm run report -- --year <year> [--unit <code>] [--format docx|html|xlsx] [--lang zh|en] [--out <file or folder>]
                                [--gateway <url>] [--token <jwt>]
  --year     the campaign's year, e.g. 2016
  --unit     a unit's code (e.g. U001) or id: that unit's report; the city's when left out
  --format   docx (default: the editable summary, GB/T 9704 layout), html (one self-contained file),
             xlsx (the ledger workbook: quotas per unit, candidacies and honors, rectifications, ledgers)
  --lang     zh (default) or en
  --out      the file to write, or a folder for the default name (default: the current folder)
The token may also come from SFXD_TOKEN, the gateway's address from SFXD_GATEWAY_URL; in development,
with neither token given, the development ADMIN token is used.
DOCX charts need a CJK font: Debian's fonts-noto-cjk, or REPORT_FONT_PATH.`;

async function developmentToken(): Promise<string | undefined> {
  if (process.env.NODE_ENV === 'production') return undefined;
  const { DEV_JWT_SECRET, Role, signUserToken } = await import('@sfxd/kit');
  return signUserToken({ sub: 'report-cli', role: Role.ADMIN }, process.env.JWT_SECRET || DEV_JWT_SECRET, '1h');
}

/** Where to write: the file given, the default name in the folder given, or in the current folder (npm run's caller's). */
function outputPath(out: string | undefined, filename: string): string {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (!out) return path.resolve(cwd, filename);
  const target = path.resolve(cwd, out);
  if (out.endsWith('/') || out.endsWith(path.sep) || (existsSync(target) && statSync(target).isDirectory())) return path.join(target, filename);
  return target;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        unit: { type: 'string' },
        format: { type: 'string', default: 'docx' },
        lang: { type: 'string', default: 'zh' },
        out: { type: 'string' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const year = Number(values.year);
  const format = values.format as ReportFormat;
  const lang = values.lang as Lang;
  if (values.help || !Number.isInteger(year) || !FORMATS.includes(format) || (lang !== 'zh' && lang !== 'en')) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const gatewayUrl = values.gateway ?? process.env.SFXD_GATEWAY_URL ?? 'http://localhost:4000/graphql';
  let token = values.token ?? process.env.SFXD_TOKEN;
  if (!token) {
    token = await developmentToken();
    if (token) console.error('未设置 SFXD_TOKEN：使用开发环境的 ADMIN 令牌 (no SFXD_TOKEN: using the development ADMIN token)');
  }

  const started = performance.now();
  const tty = process.stderr.isTTY;
  let steps = 0;
  const onProgress = (step: string) => {
    steps += 1;
    const line = `[${((performance.now() - started) / 1000).toFixed(1)} s] ${step}…`;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
  };
  const result = await generateReport({ gatewayUrl, token, year, unit: values.unit, format, lang, onProgress });
  if (tty && steps) process.stderr.write('\r\x1b[K');
  const file = outputPath(values.out, result.filename);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, result.content);
  const kb = (result.content.length / 1024).toFixed(0);
  console.error(
    lang === 'zh'
      ? `已生成 ${file}（${kb} KB，用时 ${(result.milliseconds / 1000).toFixed(1)} 秒，向网关发出 ${result.requests} 次请求）`
      : `Wrote ${file} (${kb} KB in ${(result.milliseconds / 1000).toFixed(1)} s, ${result.requests} requests to the gateway)`,
  );
  console.log(file);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (error instanceof ReportError || error instanceof GatewayError) console.error(`未生成 (not generated): ${error.code}: ${error.message}`);
    else console.error(`未生成 (not generated): ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
