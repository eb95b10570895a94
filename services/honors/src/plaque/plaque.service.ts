import { Role, appError, forbidden, isUuid, publicBaseUrl, requireCaller, requireUnitWrite, type ServiceContext } from '@sfxd/kit';
import QRCode from 'qrcode';
import { Honor } from '../honor/honor.entity.js';
import { PlaqueRepository } from './plaque.repository.js';
import { normalizeCode, plaqueStatus, verifyUrl } from './plaque.rules.js';
import { Plaque, PlaqueQr } from './plaque.types.js';

/** 牌匾: the public record anyone can check by a plaque's code, and the QR code printed on it. */
export class PlaqueService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The public record, or null for a code that names no plaque — the same null, in the same
   * single statement, whatever the reason (never issued, mistyped, not a code at all): the
   * answer says nothing about which codes exist beyond it.
   */
  async byCode(typed: string): Promise<Plaque | null> {
    const code = normalizeCode(typed);
    if (!code) return null;
    const row = await new PlaqueRepository(this.ctx.em).byCode(code);
    const status = row ? plaqueStatus(row.status) : null;
    if (!row || !status) return null;
    return Object.assign(new Plaque(), {
      name: row.name, unitName: row.unitName, tier: row.tier, year: row.year, batch: row.batch, namedOn: row.namedOn,
      status, revokedOn: status === 'REVOKED' ? row.revokedOn : null,
    });
  }

  /**
   * The QR code of the plaque's public page (PUBLIC_BASE_URL/verify/<code>), as SVG, for ADMIN and
   * the honor's own unit's UNIT_ADMIN (an industry's: ADMIN). Null for an honor never named.
   * Drawn here, from the `qrcode` package: nothing is fetched.
   */
  async qr(honorId: string): Promise<PlaqueQr | null> {
    const caller = requireCaller(this.ctx.caller);
    const honor = isUuid(honorId) ? await this.ctx.em.findOne(Honor, { id: honorId }) : null;
    if (!honor) throw appError('NOT_FOUND', `Honor ${honorId} was not found`, { id: honorId, field: 'honorId' });
    if (honor.unitId) requireUnitWrite(caller, honor.unitId);
    else if (caller.role !== Role.ADMIN) throw forbidden('An industry’s plaque is the committee’s (ADMIN)');
    if (!honor.verificationCode) return null;
    const url = verifyUrl(publicBaseUrl(), honor.verificationCode);
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return Object.assign(new PlaqueQr(), { code: honor.verificationCode, url, svg });
  }
}
