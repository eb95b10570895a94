import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import {
  Role, appError, audit, badInput, businessToday, conflict, forbidden, isUuid, notFound, requireCaller, requireUnitWrite, staleVersion,
  type ServiceContext,
} from '@sfxd/kit';
import { randomBytes } from 'node:crypto';
import { OFFICIAL_HOLIDAY_SCHEDULES } from '../calendar/calendar.data.js';
import { workingCalendar } from '../calendar/calendar.rules.js';
import { HolidayRepository } from '../calendar/holiday.repository.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { isIsoDate, yearOf } from '../dates.js';
import { ObjectionRepository } from '../objection/objection.repository.js';
import { inscriptionOf, type Inscription } from '../plaque/plaque.inscription.js';
import { CODE_ALPHABET, CODE_LENGTH } from '../plaque/plaque.rules.js';
import { checkIndustryNaming } from '../quota/quota.rules.js';
import { Honor, HonorEvent } from './honor.entity.js';
import type { DeclareHonorInput, TransitionHonorInput } from './honor.input.js';
import { LIVE_CANDIDACY_MESSAGE, declareCandidacy, refusalError, subjectRefusal, tierRefusal } from './honor.declaration.js';
import { lookUpSubject } from '../subject/subject.lookup.js';
import { DECLARED_STATUSES, roleMayPerform, transition, type Role as MachineRole } from './honor.machine.js';

/**
 * The naming procedure and the dynamic management (DESIGN.md §2) over the pure state machine:
 * this adds what needs the database — who may touch which unit, the version read, open
 * objections, the holiday schedules ADMIN added, unique plaque numbers and the industry ceiling —
 * and writes the honor, its event and the audit line in one transaction.
 */
export class HonorService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * A new candidacy, after asking the subject's owner what it is: of the tier's kind, not in an
   * excluded unit, and one live candidacy per subject and campaign (the database's partial unique
   * index settles two declarations racing past the check).
   */
  async declare(input: DeclareHonorInput): Promise<Honor> {
    const caller = requireCaller(this.ctx.caller);
    const byTier = tierRefusal(caller, input.tier);
    if (byTier) throw refusalError(byTier);
    const campaign = isUuid(input.campaignId) ? await this.ctx.em.findOne(Campaign, { id: input.campaignId }) : null;
    if (!campaign) throw appError('NOT_FOUND', `Campaign ${input.campaignId} was not found`, { id: input.campaignId, field: 'campaignId' });
    const subject = isUuid(input.subjectId) ? await lookUpSubject(this.ctx, caller, input.subjectId) : null;
    if (!subject) throw appError('NOT_FOUND', `No member, team, unit or industry ${input.subjectId} you may declare`, { id: input.subjectId, field: 'subjectId' });
    const refusal = subjectRefusal(caller, input.tier, subject);
    if (refusal) throw refusalError(refusal);
    const liveConflict = () => conflict(LIVE_CANDIDACY_MESSAGE, { field: 'subjectId' });
    try {
      return await this.ctx.em.transactional(async (em) => {
        const live = await em.count(Honor, { campaignId: campaign.id, subjectId: subject.id, status: { $in: [...DECLARED_STATUSES] } });
        if (live > 0) throw liveConflict();
        return declareCandidacy(em, caller, campaign, input.tier, subject);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw liveConflict();
      throw error;
    }
  }

  async transition(input: TransitionHonorInput): Promise<Honor> {
    const caller = requireCaller(this.ctx.caller);
    // PUBLICIZE announces the subject's names (公示: the public honor roll lists them for
    // objections) and NAME engraves them, asked of their owners before any lock is taken (a slow
    // peer must not hold the honor's row); on a fork, so that the locked read below is fresh.
    let inscription: Inscription | null = null;
    const inscribes = { PUBLICIZE: 'MASS_REVIEW', NAME: 'CONFIRMED' } as Partial<Record<string, string>>;
    if (inscribes[input.action] && isUuid(input.honorId) && caller.role === Role.ADMIN) {
      const current = await this.ctx.em.fork().findOne(Honor, { id: input.honorId });
      if (current && current.status === inscribes[input.action]) inscription = await inscriptionOf(this.ctx, caller, current).catch((error: unknown) => {
        // A window may open for a subject its owner no longer lists (the roll then shows it without
        // a name); a plaque may not be engraved without one.
        if (input.action === 'PUBLICIZE' && error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
        throw error;
      });
    }
    try {
      return await this.ctx.em.transactional(async (em) => {
        // Locked for the transaction: two transitions of one honor run one after the other, and
        // the second sees the version the first wrote.
        const honor = isUuid(input.honorId) ? await em.findOne(Honor, { id: input.honorId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
        if (!honor) throw notFound('Honor', input.honorId);
        if (honor.unitId) requireUnitWrite(caller, honor.unitId);
        else if (caller.role !== Role.ADMIN) throw forbidden('An industry’s candidacy is the committee’s (ADMIN)');
        if (!roleMayPerform(caller.role as MachineRole, input.action)) throw forbidden(`${input.action} is the committee’s (ADMIN)`);
        if (honor.version !== input.expectedVersion) throw staleVersion('Honor', input.expectedVersion, honor.version);
        if (input.publicityEndsOn != null && input.action !== 'PUBLICIZE') {
          throw badInput(`${input.action}操作不接受publicityEndsOn (${input.action} takes no publicityEndsOn)`, 'publicityEndsOn');
        }

        const campaign = (await em.findOne(Campaign, { id: honor.campaignId }, input.action === 'NAME' && honor.tier === 'INDUSTRY' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}))!;
        const today = businessToday();
        const objections = await new ObjectionRepository(em).countsOf(honor.id);
        const result = transition(honor.state(objections.open, objections.upheld), input, {
          today,
          // Only a window needs the calendar: the shipped schedules with those ADMIN added, read now.
          calendar: input.action === 'PUBLICIZE' ? await new HolidayRepository(em).calendar() : SHIPPED_CALENDAR,
          publicityWorkingDays: campaign.publicityWorkingDays,
          campaignYear: campaign.year,
        });
        if (!result.ok) {
          const r = result.refusal;
          if (r.code === 'BAD_USER_INPUT') throw badInput(r.message, r.field);
          throw appError('ILLEGAL_TRANSITION', r.message, { status: r.status, action: r.action, reason: r.reason, allowedActions: r.allowedActions });
        }
        const next = result.state;
        const changes: Record<string, unknown> = { ...result.event.changes };

        if (input.action === 'PUBLICIZE' && input.publicityEndsOn != null) {
          const given = input.publicityEndsOn;
          if (!isIsoDate(given) || given < next.publicityEndsOn! || yearOf(given) !== campaign.year) {
            throw badInput(
              `公示结束日期不能早于${next.publicityEndsOn}（${campaign.publicityWorkingDays}个工作日） (publicityEndsOn must be on or after ${next.publicityEndsOn}, ${campaign.publicityWorkingDays} working days from the start, within ${campaign.year})`,
              'publicityEndsOn',
            );
          }
          changes.publicityEndsOn = next.publicityEndsOn = given;
        }
        if (input.action === 'NAME') {
          if (honor.tier === 'INDUSTRY') {
            // The campaign row is locked above, so two namings cannot both count three.
            const refusal = checkIndustryNaming(await namedIndustries(em, campaign.id), campaign);
            if (refusal) throw conflict(refusal.message, { field: refusal.field });
          }
          if (await plaqueTaken(em, campaign.id, next.plaqueNumber!)) throw plaqueConflict(next.plaqueNumber!);
          honor.verificationCode ??= verificationCode();
          // Confirmed between the look-up above and this lock: the caller's version cannot be current.
          if (!inscription) throw conflict('该申报刚被他人更改，请刷新后重试 (the candidacy was changed meanwhile; reload and try again)', { field: 'expectedVersion' });
          honor.plaqueName = inscription.name;
          honor.plaqueUnitName = inscription.unitName;
        }
        // Publicized under the names its owners gave just now; had it changed meanwhile, the
        // transition above would have refused the stale step.
        if (input.action === 'PUBLICIZE' && inscription) {
          honor.plaqueName = inscription.name;
          honor.plaqueUnitName = inscription.unitName;
        }
        if (next.status === 'REVOKED' && honor.status !== 'REVOKED') changes.revokedOn = honor.revokedOn = today;

        const from = honor.status;
        Object.assign(honor, {
          status: next.status, publicityStartsOn: next.publicityStartsOn, publicityEndsOn: next.publicityEndsOn,
          rectificationDeadline: next.rectificationDeadline, plaqueNumber: next.plaqueNumber, batch: next.batch, namedOn: next.namedOn,
        });
        // COMMEND leaves every field as it is: the version still moves, so the event is one step.
        honor.updatedAt = new Date();
        em.create(HonorEvent, {
          honorId: honor.id, action: input.action, fromStatus: from, toStatus: next.status, actor: caller.sub, actorRole: caller.role,
          note: result.event.note, changes,
        });
        audit(em, caller, {
          operation: 'transitionHonor', entityType: 'Honor', entityId: honor.id, unitId: honor.unitId ?? undefined,
          detail: { action: input.action, from, to: next.status, note: result.event.note, ...changes },
        });
        return honor;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && input.plaqueNumber) throw plaqueConflict(input.plaqueNumber.trim());
      throw error;
    }
  }
}

const plaqueConflict = (plaque: string) => conflict(`牌匾编号${plaque}在本年度已被使用 (plaque number ${plaque} is already used in this campaign)`, { field: 'plaqueNumber' });

async function namedIndustries(em: EntityManager, campaignId: string): Promise<number> {
  return em.count(Honor, { campaignId, tier: 'INDUSTRY', status: { $in: ['NAMED', 'RECTIFYING'] } });
}

async function plaqueTaken(em: EntityManager, campaignId: string, plaqueNumber: string): Promise<boolean> {
  return (await em.count(Honor, { campaignId, plaqueNumber })) > 0;
}

/** The calendar of actions that count no working days (only PUBLICIZE does). */
const SHIPPED_CALENDAR = workingCalendar(OFFICIAL_HOLIDAY_SCHEDULES);

/** 12 characters of Crockford's base-32 from a cryptographic source: 60 bits, not guessable, not the database id. */
function verificationCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((b) => CODE_ALPHABET[b % 32]).join('');
}
