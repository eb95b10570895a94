import { describe, expect, it } from 'vitest';
import { HONOR_STATUSES } from '../honor/honor.machine.js';
import { normalizeCode, plaqueStatus, verifyUrl } from './plaque.rules.js';

describe('a plaque’s verification code as typed', () => {
  it('is read whatever its case, spaces or hyphens, with O, I and L read as the digits they look like', () => {
    expect(normalizeCode('7K3M9QXT2V0A')).toBe('7K3M9QXT2V0A');
    expect(normalizeCode(' 7k3m-9qxt-2v0a ')).toBe('7K3M9QXT2V0A');
    expect(normalizeCode('7K3M9QXT2VOA')).toBe('7K3M9QXT2V0A');
    expect(normalizeCode('IL3M9QXT2V0A')).toBe('113M9QXT2V0A');
  });

  it('is no code at all when it has the wrong length or a character outside the alphabet', () => {
    for (const typed of ['', '7K3M9QXT2V0', '7K3M9QXT2V0AB', '7K3M9QXT2V0U', '7K3M9QXT2V0!', '码'.repeat(12), 'A'.repeat(65)]) {
      expect(normalizeCode(typed), typed).toBeNull();
    }
  });
});

describe('what a plaque’s public record says of its status', () => {
  it('is valid while named, rectifying while rectifying, revoked once revoked, and nothing before naming', () => {
    expect(Object.fromEntries(HONOR_STATUSES.map((s) => [s, plaqueStatus(s)]))).toEqual({
      DECLARED: null, MASS_REVIEW: null, PUBLICIZING: null, CONFIRMED: null, NAMED: 'VALID', RECTIFYING: 'RECTIFYING',
      REVOKED: 'REVOKED', REJECTED: null, WITHDRAWN: null,
    });
  });
});

describe('the public page a QR code opens', () => {
  it('is PUBLIC_BASE_URL/verify/<code>, with or without a trailing slash', () => {
    expect(verifyUrl('http://localhost:8080', '7K3M9QXT2V0A')).toBe('http://localhost:8080/verify/7K3M9QXT2V0A');
    expect(verifyUrl('https://sfxd.example.gov.cn/', '7K3M9QXT2V0A')).toBe('https://sfxd.example.gov.cn/verify/7K3M9QXT2V0A');
  });
});
