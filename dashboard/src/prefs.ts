import { ref, watch } from 'vue';

/** The demo campaign's year; once campaigns come from the honors subgraph, the latest campaign's. */
export const DEFAULT_YEAR = 2016;
const FIRST_YEAR = 2015;

export function yearOptions(): number[] {
  const last = Math.max(DEFAULT_YEAR, new Date().getFullYear());
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

export function yearFrom(query: unknown): number {
  const year = Number(Array.isArray(query) ? query[0] : query);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= 9999 ? year : DEFAULT_YEAR;
}

const PATTERNS_KEY = 'sfxd.patterns';

/** Hatch patterns on charts (grey print, colour-blind readers): a reader's choice, remembered. */
export const patterns = ref(localStorage.getItem(PATTERNS_KEY) === 'on');
watch(patterns, (on) => localStorage.setItem(PATTERNS_KEY, on ? 'on' : 'off'));
