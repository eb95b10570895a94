import { ReportError } from './errors.js';

export interface TokenClaims {
  role?: string;
  unitId?: string;
  sub?: string;
}

/**
 * What a token says about its bearer, read without verifying it: the gateway verifies every
 * request. The report reads it only to refuse early, with a clear message, what the gateway would
 * not let this caller see in full.
 */
export function readClaims(token: string | undefined): TokenClaims | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return {
      role: typeof claims.role === 'string' ? claims.role : undefined,
      unitId: typeof claims.unitId === 'string' ? claims.unitId : undefined,
      sub: typeof claims.sub === 'string' ? claims.sub : undefined,
    };
  } catch {
    return undefined;
  }
}

/**
 * Who may have which report (issue 13): ADMIN and LEADER the city's and any unit's; a UNIT_ADMIN
 * its own unit's only — a city-wide report would hold its own unit's rectifications among every
 * unit's counts, so it is refused rather than made misleading; INTEGRATORs none. The gateway
 * refuses on its own what the token may not read (another unit's rectifications, FORBIDDEN).
 */
export function checkReportAccess(claims: TokenClaims | undefined, unit: { id: string; code: string } | undefined): void {
  if (!claims?.role) return; // not a token this client can read: the gateway decides.
  switch (claims.role) {
    case 'ADMIN':
    case 'LEADER':
      return;
    case 'UNIT_ADMIN':
      if (!unit) throw new ReportError('FORBIDDEN', '单位党务干部只能生成本单位的自查总结，请用 --unit 指定本单位 (a UNIT_ADMIN may generate its own unit’s report only: give --unit)');
      if (unit.id !== claims.unitId) throw new ReportError('FORBIDDEN', `单位党务干部只能生成本单位的自查总结，不能生成 ${unit.code} 的 (a UNIT_ADMIN may generate its own unit’s report only)`);
      return;
    default:
      throw new ReportError('FORBIDDEN', `${claims.role} 不能生成自查总结 (the ${claims.role} role may not generate the year-end report)`);
  }
}
