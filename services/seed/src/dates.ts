/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian). Generating a
 * million dates through Date objects and toISOString is measurably slow and drags time zones in;
 * integer day numbers compare, add and clamp trivially and format through a lookup table.
 */

/** Day number of a civil date. Out-of-range days roll over (Feb 29 of a common year → Mar 1). */
export function dayNumber(year: number, month: number, day: number): number {
  // Counting years from March puts the leap day last, so month lengths follow a fixed pattern.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber: [year, month (1-12), day (1-31)]. */
export function civilDate(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function formatDay(days: number): string {
  const [y, m, d] = civilDate(days);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Formats days in [first, last] from a table built once, so every member born on the same day
 * shares one string instead of each holding its own copy.
 */
export function createDayFormatter(first: number, last: number): (days: number) => string {
  const table = new Array<string>(last - first + 1);
  for (let d = first; d <= last; d++) table[d - first] = formatDay(d);
  return (days) => {
    const s = table[days - first];
    if (s === undefined) throw new RangeError(`day ${days} outside the formatter's range`);
    return s;
  };
}
