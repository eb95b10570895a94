import type { HonorStatus } from '../honor/honor.machine.js';

/*
 * A plaque's public verification code and what its public record says. Pure: no database, no clock.
 */

/** Crockford's base-32 without I, L, O, U: read off a plaque and typed without confusion. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** What a plaque's public record says of it. */
export const PLAQUE_STATUSES = ['VALID', 'RECTIFYING', 'REVOKED'] as const;
export type PlaqueStatus = (typeof PLAQUE_STATUSES)[number];

/**
 * A code as someone typed it or a scanner read it, in the form stored: case, spaces and hyphens
 * do not matter, and the letters Crockford's alphabet leaves out read as the digits they look
 * like (O → 0, I and L → 1). Null when it cannot be a code at all — answered exactly like a code
 * that names no plaque.
 */
export function normalizeCode(typed: string): string | null {
  if (typeof typed !== 'string' || typed.length > 64) return null;
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/**
 * A plaque exists from naming on: NAMED is valid (有效), RECTIFYING is being rectified (限期整改,
 * still named), REVOKED says so. An honor in any other status has no plaque.
 */
export function plaqueStatus(status: HonorStatus): PlaqueStatus | null {
  switch (status) {
    case 'NAMED': return 'VALID';
    case 'RECTIFYING': return 'RECTIFYING';
    case 'REVOKED': return 'REVOKED';
    default: return null;
  }
}

/** The public page a plaque's QR code opens: `<PUBLIC_BASE_URL>/verify/<code>`. */
export function verifyUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(code)}`;
}
