import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, appError, audit, badInput, businessToday, canWriteUnit, type Caller } from '@sfxd/kit';
import type { FoundSubject } from '../subject/subject.lookup.js';
import { Honor } from './honor.entity.js';
import { SUBJECT_KIND, type HonorTier } from './honor.tier.js';

/**
 * The rules of a declaration (申报), shared by `declareHonor` and the ledger import so that a
 * candidacy is declared the same way whichever door it comes in by. Refusals are values: the
 * mutation throws the first, the import reports each one on its row.
 */
export interface DeclarationRefusal {
  code: 'FORBIDDEN' | 'BAD_USER_INPUT';
  message: string;
  /** The input field the refusal is about. */
  field: 'tier' | 'subjectId';
}

/** Industries are declared by the committee only. */
export function tierRefusal(caller: Caller, tier: HonorTier): DeclarationRefusal | null {
  if (tier === 'INDUSTRY' && caller.role !== Role.ADMIN) {
    return { code: 'FORBIDDEN', message: '示范行业由市直机关工委申报 (industries are declared by the committee, ADMIN)', field: 'tier' };
  }
  return null;
}

/**
 * A subject, as its owner described it, may be declared for this tier by this caller: of the
 * tier's kind, in a unit the caller may write to, in a participating unit, not archived.
 */
export function subjectRefusal(caller: Caller, tier: HonorTier, subject: FoundSubject): DeclarationRefusal | null {
  const kind = SUBJECT_KIND[tier];
  if (subject.kind !== kind) {
    return { code: 'BAD_USER_INPUT', field: 'subjectId', message: `申报对象应为${kind}，而该对象为${subject.kind} (a ${tier} candidacy is for a ${kind}; ${subject.id} is a ${subject.kind})` };
  }
  if (subject.unitId && !canWriteUnit(caller, subject.unitId)) {
    return {
      code: 'FORBIDDEN', field: 'subjectId',
      message: caller.role === Role.UNIT_ADMIN
        ? "只能申报本单位的对象 (you can only work on your own unit's records)"
        : `This needs the role ${Role.ADMIN} or the unit's own ${Role.UNIT_ADMIN}; ${caller.role} is read-only`,
    };
  }
  if (subject.excluded) return { code: 'BAD_USER_INPUT', field: 'subjectId', message: '该单位另行组织实施，不参加本次示范行动 (the unit is excluded from the city’s action)' };
  if (subject.archived) return { code: 'BAD_USER_INPUT', field: 'subjectId', message: '该对象已停用 (the subject is archived)' };
  return null;
}

/** A refusal as the error a mutation answers with. */
export function refusalError(refusal: DeclarationRefusal) {
  return refusal.code === 'BAD_USER_INPUT' ? badInput(refusal.message, refusal.field) : appError('FORBIDDEN', refusal.message);
}

/** A second live candidacy of one subject in one campaign. */
export const LIVE_CANDIDACY_MESSAGE = '该对象在本年度已有在办的申报 (the subject already has a live candidacy in this campaign)';

/**
 * Queues a new DECLARED candidacy of a checked subject and its audit line on the transaction's
 * EntityManager. The caller has applied the rules above and checked that the subject has no live
 * candidacy; the database's partial unique index settles a race past that check.
 */
export function declareCandidacy(
  em: EntityManager,
  caller: Caller,
  campaign: { id: string; year: number },
  tier: HonorTier,
  subject: FoundSubject,
  operation = 'declareHonor',
): Honor {
  const honor = em.create(Honor, {
    campaignId: campaign.id, tier, subjectId: subject.id, subjectKind: SUBJECT_KIND[tier], unitId: subject.unitId, industryId: subject.industryId,
    status: 'DECLARED', declaredOn: businessToday(), declaredBy: caller.sub,
  });
  audit(em, caller, {
    operation, entityType: 'Honor', entityId: honor.id, unitId: subject.unitId ?? undefined,
    detail: { campaignId: campaign.id, year: campaign.year, tier, subjectId: subject.id },
  });
  return honor;
}
