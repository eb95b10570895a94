import { ref, watch } from 'vue';

/** The demo campaign's year: the year a reader sees until they choose another. */
export const DEFAULT_YEAR = 2016;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A year from the address (`?year=`), or undefined when it holds none that could be a campaign's. */
export function parseYear(query: unknown): number | undefined {
  const text = Array.isArray(query) ? query[0] : query;
  if (typeof text !== 'string' || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

const YEAR_KEY = 'sfxd.year';

/**
 * The year every view shows, remembered like the language: the address carries it (`?year=`),
 * and a view opened without one gets the last year the reader looked at.
 */
export const rememberedYear = ref(parseYear(localStorage.getItem(YEAR_KEY)) ?? DEFAULT_YEAR);
watch(rememberedYear, (year) => localStorage.setItem(YEAR_KEY, String(year)));

/** The view's year: the address's, else the remembered one. */
export function yearFrom(query: unknown): number {
  return parseYear(query) ?? rememberedYear.value;
}

const PATTERNS_KEY = 'sfxd.patterns';

/** Hatch patterns on charts (grey print, colour-blind readers): a reader's choice, remembered. */
export const patterns = ref(localStorage.getItem(PATTERNS_KEY) === 'on');
watch(patterns, (on) => localStorage.setItem(PATTERNS_KEY, on ? 'on' : 'off'));
