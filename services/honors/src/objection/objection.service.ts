import { LockMode } from '@mikro-orm/core';
import {
  Role, appError, audit, conflict, isUuid, rateLimited, refuse, requireRole, type RequestContext, type ServiceContext,
} from '@sfxd/kit';
import { Honor } from '../honor/honor.entity.js';
import { Objection, ObjectionReceipt } from './objection.entity.js';
import type { LodgeObjectionInput, ResolveObjectionInput } from './objection.input.js';
import { ObjectionRepository } from './objection.repository.js';
import { HOUR_MS, OBJECTIONS_PER_HOUR, allowanceKey, checkFinding, checkObjection, retryAfterSeconds, type Checked } from './objection.rules.js';

/** The checked value, or the first problem answered as BAD_USER_INPUT with its field. */
function accepted<T>(checked: Checked<T>): T {
  if (!checked.ok) {
    refuse(checked.problems);
    throw new Error('unreachable: refuse throws on a problem');
  }
  return checked.value;
}

const honorNotFound = (id: string) => appError('NOT_FOUND', `Honor ${id} was not found`, { id, field: 'honorId' });

/**
 * 异议: lodged by anyone while a candidacy is in publicity (the masses supervise), at most
 * OBJECTIONS_PER_HOUR per client address and hour, and resolved once by the committee. Each
 * write and its audit line commit together.
 */
export class ObjectionService {
  /** `clientAddress`: the address the gateway signed into its credential (the hourly limit's key). */
  constructor(private readonly ctx: ServiceContext & Pick<RequestContext, 'clientAddress'>) {}

  async lodge(input: LodgeObjectionInput): Promise<ObjectionReceipt> {
    const { reason, contact } = accepted(checkObjection(input));
    if (!isUuid(input.honorId)) throw honorNotFound(input.honorId);
    const key = allowanceKey(this.ctx.clientAddress);
    return this.ctx.em.transactional(async (em) => {
      const objections = new ObjectionRepository(em);
      // 1. One lodging per address at a time (an advisory lock, see lockAllowance), so that the
      //    count below and the insert after it cannot interleave with another request from the
      //    same address: six sent at once store exactly five.
      await objections.lockAllowance(key);
      // 2. The hour's count, in the database, under that lock.
      const now = new Date();
      const counted = await objections.countedSince(key, new Date(now.getTime() - HOUR_MS));
      if (counted.count >= OBJECTIONS_PER_HOUR) {
        const wait = retryAfterSeconds(counted.oldest ?? now, now);
        throw rateLimited(
          `同一网络每小时最多提出${OBJECTIONS_PER_HOUR}条异议，请约${Math.ceil(wait / 60)}分钟后再提 (at most ${OBJECTIONS_PER_HOUR} objections an hour from one address; try again in ${wait} s)`,
          wait,
        );
      }
      // 3. The candidacy, share-locked against a CONFIRM running at the same time.
      const honor = await objections.honorForObjection(input.honorId);
      if (!honor) throw honorNotFound(input.honorId);
      if (honor.status !== 'PUBLICIZING') {
        // The status itself is not told: an anonymous caller learns only that objections are closed.
        throw appError('ILLEGAL_TRANSITION', '该申报不在公示期，不受理异议 (objections are accepted only while a candidacy is in publicity)', {
          action: 'LODGE_OBJECTION', reason: 'NOT_PUBLICIZING',
        });
      }
      // 4. The objection and its audit line, in this transaction.
      const objection = em.create(Objection, { honorId: input.honorId, reason, contact, clientAddress: key, lodgedAt: now });
      audit(em, this.ctx.caller, {
        operation: 'lodgeObjection', entityType: 'Objection', entityId: objection.id, unitId: honor.unitId,
        detail: { honorId: input.honorId, contactGiven: contact !== null },
      });
      return Object.assign(new ObjectionReceipt(), { id: objection.id, lodgedAt: now });
    });
  }

  /** The committee's finding, once: a second resolution of the same objection is CONFLICT and changes nothing. */
  async resolve(input: ResolveObjectionInput): Promise<Objection> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    const finding = accepted(checkFinding(input.finding));
    if (typeof input.upheld !== 'boolean') refuse([{ field: 'upheld', message: '请说明异议是否属实 (upheld is required)' }]);
    const missing = () => appError('NOT_FOUND', `Objection ${input.objectionId} was not found`, { id: input.objectionId, field: 'objectionId' });
    if (!isUuid(input.objectionId)) throw missing();
    return this.ctx.em.transactional(async (em) => {
      // Locked: of two committee members resolving it at once, the second sees the first's finding.
      const objection = await em.findOne(Objection, { id: input.objectionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!objection) throw missing();
      if (objection.resolvedAt) {
        throw conflict(`该异议已于${objection.resolvedAt.toISOString()}处理 (the objection was already resolved by ${objection.resolvedBy} at ${objection.resolvedAt.toISOString()})`, {
          field: 'objectionId',
        });
      }
      const honor = await em.findOne(Honor, { id: objection.honorId });
      Object.assign(objection, { resolvedAt: new Date(), resolvedBy: caller.sub, upheld: input.upheld, finding });
      audit(em, caller, {
        operation: 'resolveObjection', entityType: 'Objection', entityId: objection.id, unitId: honor?.unitId ?? null,
        detail: { honorId: objection.honorId, upheld: input.upheld },
      });
      return objection;
    });
  }
}
