import { SaxesParser } from 'saxes';
import { refusals, serialDay, type SheetCell, type SheetData, type SheetLimits, type SheetRow, type SheetSpec } from './sheet-types.js';
import { openZip, ZipProblem, type ZipParts } from './zip.js';

/** A workbook has a few dozen parts; thousands of them is not a spreadsheet anyone typed. */
const MAX_PARTS = 10_000;
const MAX_SHEET_ROW = 1_048_576;
const MAX_SHEET_COLUMN = 16_384;

/**
 * Reads the expected columns of one sheet as text, streaming its XML: the cost follows the bytes
 * of the file and the rows that hold data, never the sheet's claimed dimension or the number of a
 * stray cell's row (an empty cell at A1048576 is one element to skip). Runs in the worker thread
 * of read-sheet.ts; it is a plain function so that it can be tried in-process too.
 */
export async function parseSheet(content: Buffer, spec: SheetSpec, limits: SheetLimits): Promise<SheetData> {
  const budget = { remaining: limits.maxInflatedBytes };
  let zip: ZipParts | undefined;
  try {
    zip = await openZip(content, budget, MAX_PARTS);
    return await readWorkbook(zip, spec, limits, budget);
  } catch (problem) {
    if (problem instanceof ZipProblem) throw problem.kind === 'too-large' ? refusals.tooLarge(limits.maxInflatedBytes) : refusals.notXlsx();
    throw problem;
  } finally {
    zip?.close();
  }
}

async function readWorkbook(zip: ZipParts, spec: SheetSpec, limits: SheetLimits, budget: { remaining: number }): Promise<SheetData> {
  const workbookPart = (await relationships(zip, '')).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) throw refusals.notXlsx();
  const parts = await relationships(zip, workbookPart);

  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await readXml(zip, workbookPart, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      // The relationship id is `r:id`, whatever prefix the writer bound to the namespace.
      if (name === 'sheet') sheets.push({ name: attributes.name ?? '', id: Object.entries(attributes).find(([k]) => k.endsWith(':id'))?.[1] ?? '' });
    },
  });
  const worksheets = sheets.flatMap((s) => {
    const part = parts.find((r) => r.id === s.id && r.type.endsWith('/worksheet'))?.target;
    return part && zip.has(part) ? [{ name: s.name, part }] : [];
  });
  const sheet = worksheets.find((s) => s.name === spec.sheetName) ?? worksheets[0];
  if (!sheet) throw refusals.noSheet();

  const present = (type: string) => {
    const part = parts.find((r) => r.type.endsWith(type))?.target;
    return part && zip.has(part) ? part : undefined;
  };
  const stylesPart = present('/styles');
  const stringsPart = present('/sharedStrings');
  // An honest archive that is too large is refused before anything big is inflated; a lying one
  // is stopped by the budget while reading.
  const declared = [stylesPart, stringsPart, sheet.part].reduce((n, p) => n + (p ? zip.declaredSize(p) : 0), 0);
  if (declared > budget.remaining) throw refusals.tooLarge(limits.maxInflatedBytes);

  const dateStyles = stylesPart ? await readDateStyles(zip, stylesPart) : new Set<number>();
  const strings = stringsPart ? await readSharedStrings(zip, stringsPart) : [];
  const rows = await readRows(zip, sheet.part, spec, limits, { dateStyles, strings, date1904 });
  return { sheetName: sheet.name, ...rows };
}

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Thrown by a handler that has read all it needs; the rest of the part is not inflated. */
const ENOUGH = Symbol('enough');

/** Streams one part through a SAX parser; element names lose their prefix (`x:row` is `row`). */
async function readXml(zip: ZipParts, part: string, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  parser.on('error', () => {
    throw refusals.notXlsx();
  });
  // Spreadsheet parts never carry a DTD; refusing one rules out entity tricks altogether.
  parser.on('doctype', () => {
    throw refusals.notXlsx();
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(local(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    await zip.readText(part, (chunk) => {
      if (chunk) parser.write(chunk);
    });
  } catch (problem) {
    if (problem === ENOUGH) return;
    throw problem;
  }
  parser.close();
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a part ('' is the package), with targets as archive paths. */
async function relationships(zip: ZipParts, part: string): Promise<Relationship[]> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const file = `${folder}_rels/${part.slice(folder.length)}.rels`;
  if (!zip.has(file)) return [];
  const found: Relationship[] = [];
  await readXml(zip, file, {
    open(name, a) {
      if (name === 'Relationship' && a.Target && a.TargetMode !== 'External') found.push({ id: a.Id ?? '', type: a.Type ?? '', target: resolvePath(folder, a.Target) });
    },
  });
  return found;
}

function resolvePath(folder: string, target: string): string {
  const segments: string[] = [];
  for (const s of (target.startsWith('/') ? target : folder + target).split('/')) {
    if (s === '..') segments.pop();
    else if (s && s !== '.') segments.push(s);
  }
  return segments.join('/');
}

// Excel's built-in number formats that show a date (zh-CN included: 27–31, 36, 50–54, 57, 58).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Indexes of the cell styles whose number format shows a date. */
async function readDateStyles(zip: ZipParts, part: string): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellFormats = false;
  await readXml(zip, part, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) formats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : showsDate(code)) dates.add(index);
  });
  return dates;
}

/** A format code shows a date when it has a year or day token outside quotes, escapes and [brackets]. */
function showsDate(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').split(';')[0] ?? '';
  return /[yd]/i.test(bare);
}

async function readSharedStrings(zip: ZipParts, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await readXml(zip, part, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    // Phonetic guides (rPh) are not part of what the cell shows.
    text(text) {
      if (current && inText && phonetic === 0) current.push(text);
    },
  });
  return strings;
}

interface CellContext {
  dateStyles: Set<number>;
  strings: string[];
  date1904: boolean;
}

async function readRows(zip: ZipParts, part: string, spec: SheetSpec, limits: SheetLimits, context: CellContext): Promise<Omit<SheetData, 'sheetName'>> {
  const expected = new Map(spec.columns.map((c) => [compact(c.header), c]));
  const headerTexts = new Map<number, string>();
  const letters: Record<string, string> = {};
  let keyOf: Map<number, string> | null = null;
  const rows: SheetRow[] = [];

  const resolveHeaders = () => {
    keyOf = new Map();
    for (const [column, text] of [...headerTexts].sort((a, b) => a[0] - b[0])) {
      const c = expected.get(compact(text));
      if (!c || c.key in letters) continue;
      keyOf.set(column, c.key);
      letters[c.key] = columnLetters(column);
    }
    const missing = spec.columns.filter((c) => c.required && !(c.key in letters)).map((c) => c.header);
    if (missing.length) throw refusals.missingColumns(missing);
  };

  let rowNumber = 0;
  let column = 0;
  let row: Record<string, SheetCell> | null = null;
  let cell: { column: number; type: string; style: number; parts: string[] } | null = null;
  let inValue = false;
  let inInline = false;
  let inText = false;
  let phonetic = 0;

  await readXml(zip, part, {
    open(name, a) {
      switch (name) {
        case 'row': {
          rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_SHEET_ROW) throw refusals.notXlsx();
          if (rowNumber > 1 && !keyOf) resolveHeaders();
          column = 0;
          row = {};
          break;
        }
        case 'c': {
          if (!row) return;
          column = a.r === undefined ? column + 1 : columnNumber(a.r);
          // Only cells that can matter are kept: the header row's first columns, then the expected columns.
          const keep = rowNumber === 1 ? column <= limits.maxColumns : keyOf!.has(column);
          cell = keep ? { column, type: a.t ?? 'n', style: Number(a.s ?? 0), parts: [] } : null;
          break;
        }
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 't':
          inText = true;
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(text) {
      if (cell && (inValue || (inInline && inText && phonetic === 0))) cell.parts.push(text);
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 't':
          inText = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          if (cell && row) {
            const value = cellValue(cell, context);
            if (value.text !== '') {
              if (rowNumber === 1) headerTexts.set(cell.column, value.text);
              else row[keyOf!.get(cell.column)!] = value;
            }
          }
          cell = null;
          break;
        }
        case 'row': {
          if (rowNumber > 1 && row && Object.values(row).some((c) => c.text.trim() !== '')) {
            if (rows.length >= limits.maxRows) throw refusals.tooManyRows(limits.maxRows);
            rows.push({ row: rowNumber, cells: row });
          }
          row = null;
          break;
        }
        case 'sheetData':
          // What follows (merged cells, formatting, extensions) is of no use to an import.
          throw ENOUGH;
      }
    },
  });
  if (!keyOf) resolveHeaders();
  return { letters, rows };
}

function cellValue(cell: { type: string; style: number; parts: string[] }, context: CellContext): SheetCell {
  const raw = cell.parts.join('');
  switch (cell.type) {
    case 's': {
      const index = Number(raw);
      return { text: Number.isInteger(index) ? (context.strings[index] ?? '') : '', kind: 'text' };
    }
    case 'inlineStr':
    case 'str':
      return { text: raw, kind: 'text' };
    case 'b':
      return { text: raw === '' ? '' : raw === '1' || raw.toLowerCase() === 'true' ? 'TRUE' : 'FALSE', kind: 'boolean' };
    case 'e':
      return { text: raw, kind: 'error' };
    case 'd': {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(raw);
      return day ? { text: day[0], kind: 'date' } : { text: raw, kind: 'text' };
    }
    default: {
      const day = raw !== '' && context.dateStyles.has(cell.style) ? serialDay(Number(raw), context.date1904) : null;
      return day ? { text: day, kind: 'date' } : { text: raw.trim(), kind: 'number' };
    }
  }
}

const compact = (text: string) => text.replace(/\s/g, '');

/** Column number of a cell reference such as `AB12` (letters first). */
function columnNumber(reference: string): number {
  let n = 0;
  for (const ch of reference.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
    if (n > MAX_SHEET_COLUMN) throw refusals.notXlsx();
  }
  if (n === 0) throw refusals.notXlsx();
  return n;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
