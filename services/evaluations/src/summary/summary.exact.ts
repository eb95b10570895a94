/**
 * Exact rational arithmetic for the weighted score. Means of whole-number scores are fractions
 * such as 359/4, and weights are decimals as typed (0.4); floating point would put 89.995 a hair
 * under or over the line between 89.99 and 90.00, and so between two grades. BigInt keeps every
 * step exact up to the one rounding that is published.
 */
export interface Fraction {
  /** numerator */
  n: bigint;
  /** denominator, always positive */
  d: bigint;
}

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('A fraction’s denominator cannot be 0');
  if (den < 0n) [num, den] = [-num, -den];
  // Lowest terms keep the numbers of a long sum of weighted means small.
  const g = gcd(num < 0n ? -num : num, den);
  return { n: num / g, d: den / g };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);

/**
 * The decimal a number is written as (its shortest round-trip form, what was typed: 0.4, not the
 * binary 0.40000000000000002220446…), as an exact fraction. Only finite numbers.
 */
export function decimalFraction(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`Cannot read ${x} as a decimal`);
  const [, sign, whole, part = '', exponent = '0'] = match;
  let n = BigInt(`${sign}${whole}${part}`);
  let d = 10n ** BigInt(part.length);
  const e = Number(exponent);
  if (e > 0) n *= 10n ** BigInt(e);
  else d *= 10n ** BigInt(-e);
  return fraction(n, d);
}

/**
 * `x` rounded to `places` decimals, halves away from zero (PostgreSQL's `round(numeric, places)`
 * rounds the same way), as the nearest number: 17999/200 = 89.995 gives 90.
 */
export function roundHalfUp(x: Fraction, places = 2): number {
  const scale = 10n ** BigInt(places);
  const magnitude = x.n < 0n ? -x.n : x.n;
  const units = (2n * magnitude * scale + x.d) / (2n * x.d);
  return (x.n < 0n ? -1 : 1) * (Number(units) / Number(scale));
}

/** The nearest number to a fraction (for shares that are reported, not graded). */
export function toNumber(x: Fraction): number {
  return Number(x.n) / Number(x.d);
}

export const compare = (a: Fraction, b: Fraction): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
