import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { LOCALES, NUMBER_LOCALE, PHASE_NAMES_EN, messages, type Locale } from './messages.js';

const STORAGE_KEY = 'sfxd.locale';

function savedLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  // zh-CN unless the reader chose English here before (not the browser's language: the office's).
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN';
}

export const i18n = createI18n({ legacy: false, locale: savedLocale(), fallbackLocale: 'zh-CN', messages });
document.documentElement.lang = i18n.global.locale.value;

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export const currentLocale = computed(() => i18n.global.locale.value as Locale);

/** The locale numbers are written in: zh-CN for the Chinese UI, en-US for the English one. */
export const numberLocale = computed(() => NUMBER_LOCALE[currentLocale.value]);

/** ECharts' own words (toolbox, aria description) in the UI's language. */
export const echartsLocale = computed(() => (currentLocale.value === 'zh-CN' ? 'ZH' : 'EN'));

/** A campaign phase's name in the UI's language (the committee names phases in Chinese). */
export function phaseName(name: string): string {
  return currentLocale.value === 'zh-CN' ? name : (PHASE_NAMES_EN[name] ?? name);
}
