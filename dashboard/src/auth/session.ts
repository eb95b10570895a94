import { computed, shallowRef } from 'vue';

export type Role = 'ADMIN' | 'UNIT_ADMIN' | 'LEADER' | 'INTEGRATOR';
const ROLES: readonly string[] = ['ADMIN', 'UNIT_ADMIN', 'LEADER', 'INTEGRATOR'];

export interface Session {
  token: string;
  role: Role;
  sub: string;
  unitId?: string;
  /** Seconds since the epoch (the token's `exp`). */
  expiresAt: number;
}

// sessionStorage: a token lives as long as the tab, never on the disk of a shared office PC.
const STORAGE_KEY = 'sfxd.token';

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads a token's claims to decide what to show. It does not verify the signature: the gateway
 * does, on every request, and the subgraphs enforce every rule again; the UI only hides what
 * a role would be refused anyway.
 */
export function readToken(token: string): Session | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1]!)) as Record<string, unknown>;
    if (typeof claims.role !== 'string' || !ROLES.includes(claims.role) || typeof claims.exp !== 'number') return null;
    if (claims.role === 'UNIT_ADMIN' && typeof claims.unitId !== 'string') return null;
    return {
      token: token.trim(),
      role: claims.role as Role,
      sub: typeof claims.sub === 'string' ? claims.sub : '',
      unitId: typeof claims.unitId === 'string' ? claims.unitId : undefined,
      expiresAt: claims.exp,
    };
  } catch {
    return null;
  }
}

const isLive = (s: Session | null): s is Session => !!s && s.expiresAt * 1000 > Date.now();

function restore(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const s = token ? readToken(token) : null;
  return isLive(s) ? s : null;
}

const current = shallowRef<Session | null>(restore());
/** Why the last session ended, when the reader did not end it: shown on the sign-in page. */
export const endedBecause = shallowRef<'expired' | null>(null);

export const session = computed(() => current.value);

/** The session, or null once its token has expired. */
export function liveSession(): Session | null {
  if (current.value && !isLive(current.value)) expireSession();
  return current.value;
}

export function startSession(s: Session): void {
  sessionStorage.setItem(STORAGE_KEY, s.token);
  endedBecause.value = null;
  current.value = s;
}

export function endSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  current.value = null;
}

/** The gateway refused the token (HTTP 401), or it ran out. */
export function expireSession(): void {
  if (!current.value) return;
  endSession();
  endedBecause.value = 'expired';
}

/** Birth dates and phone numbers: the committee staff, and a unit's own party staff. */
export function maySeePersonal(s: Session | null, unitId: string): boolean {
  return !!s && (s.role === 'ADMIN' || (s.role === 'UNIT_ADMIN' && s.unitId === unitId));
}

/** Members and teams of a unit: every signed-in role but another unit's UNIT_ADMIN. */
export function maySeeRoster(s: Session | null, unitId: string): boolean {
  return !!s && (s.role !== 'UNIT_ADMIN' || s.unitId === unitId);
}
