import {
  Role, appError, audit, conflict, notFound, refuse, requireRole, staleVersion, type Caller, type ServiceContext,
} from '@sfxd/kit';
import { HONOR_TIERS } from '../criteria/criteria.names.js';
import { checkRound, orderedTiers, type RoundSettings } from './round.check.js';
import { EvaluationRound, roundStatus } from './round.entity.js';
import type { CloseEvaluationRoundInput, CreateEvaluationRoundInput, UpdateEvaluationRoundInput } from './round.input.js';
import { RoundRepository } from './round.repository.js';
import { businessToday } from '@sfxd/kit';
import type { EvaluationWeights } from '../summary/summary.check.js';

interface CampaignFacts {
  id: string;
  year: number;
  weights: EvaluationWeights;
}

const CAMPAIGN = `query EvaluationsCampaign($id: ID!) { campaign(id: $id) { id year weights { masses peers leaders } } }`;

/**
 * Rounds are the committee's (ADMIN). A round takes its campaign's weights when it is created
 * (asked of the honors subgraph, which owns campaigns); weights and tiers change only until the
 * first evaluation, since a summary must not change under evaluations already given. Each write
 * is audited in its transaction.
 */
export class RoundService {
  constructor(private readonly ctx: ServiceContext) {}

  list(campaignId: string): Promise<EvaluationRound[]> {
    return new RoundRepository(this.ctx.em).ofCampaign(campaignId);
  }

  async create(input: CreateEvaluationRoundInput): Promise<EvaluationRound> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    const campaign = await this.campaign(caller, input.campaignId);
    const settings: RoundSettings = {
      name: input.name.trim(), kind: input.kind, opensOn: input.opensOn, closesOn: input.closesOn,
      tiers: orderedTiers(input.tiers ?? HONOR_TIERS), weights: campaign.weights,
    };
    if (input.tiers && input.tiers.length !== settings.tiers.length) refuse([{ field: 'tiers', message: 'tiers must be distinct' }]);
    refuse(checkRound(settings));
    return this.ctx.em.transactional(async (em) => {
      const round = em.create(EvaluationRound, {
        campaignId: campaign.id, campaignYear: campaign.year, name: settings.name, kind: settings.kind, opensOn: settings.opensOn,
        closesOn: settings.closesOn, tiers: settings.tiers, weightMasses: settings.weights.masses, weightPeers: settings.weights.peers,
        weightLeaders: settings.weights.leaders, createdBy: caller.sub,
      });
      audit(em, caller, { operation: 'createEvaluationRound', entityType: 'EvaluationRound', entityId: round.id, detail: { campaignId: campaign.id, ...settings } });
      return round;
    });
  }

  update(input: UpdateEvaluationRoundInput): Promise<EvaluationRound> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    return this.ctx.em.transactional(async (em) => {
      const rounds = new RoundRepository(em);
      const round = await rounds.locked(input.id, 'update');
      if (!round) throw notFound('EvaluationRound', input.id);
      if (round.version !== input.expectedVersion) throw staleVersion('EvaluationRound', input.expectedVersion, round.version);
      if (roundStatus(round, businessToday()) === 'CLOSED') throw closedRound(round);
      const before = settingsOf(round);
      const after: RoundSettings = {
        ...before,
        name: input.name?.trim() ?? before.name,
        opensOn: input.opensOn ?? before.opensOn,
        closesOn: input.closesOn ?? before.closesOn,
        tiers: input.tiers ? orderedTiers(input.tiers) : before.tiers,
        weights: input.weights ? { masses: input.weights.masses, peers: input.weights.peers, leaders: input.weights.leaders } : before.weights,
      };
      if (input.tiers && input.tiers.length !== after.tiers.length) refuse([{ field: 'tiers', message: 'tiers must be distinct' }]);
      refuse(checkRound(after));
      const changed = (Object.keys(after) as (keyof RoundSettings)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (changed.length === 0) return round;
      const locked = changed.filter((k) => k === 'weights' || k === 'tiers');
      if (locked.length > 0 && (await rounds.hasEvaluations(round.id))) {
        throw conflict(`本轮已有评议，不能再修改${locked[0] === 'weights' ? '权重' : '评议层级'} (the round has evaluations: its ${locked[0]} can no longer change)`, { field: locked[0] });
      }
      Object.assign(round, {
        name: after.name, opensOn: after.opensOn, closesOn: after.closesOn, tiers: after.tiers,
        weightMasses: after.weights.masses, weightPeers: after.weights.peers, weightLeaders: after.weights.leaders,
      });
      round.updatedAt = new Date();
      audit(em, caller, {
        operation: 'updateEvaluationRound', entityType: 'EvaluationRound', entityId: round.id,
        detail: { changed, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
      });
      return round;
    });
  }

  close(input: CloseEvaluationRoundInput): Promise<EvaluationRound> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    return this.ctx.em.transactional(async (em) => {
      const round = await new RoundRepository(em).locked(input.id, 'update');
      if (!round) throw notFound('EvaluationRound', input.id);
      if (round.version !== input.expectedVersion) throw staleVersion('EvaluationRound', input.expectedVersion, round.version);
      if (roundStatus(round, businessToday()) === 'CLOSED') throw closedRound(round);
      round.closedAt = new Date();
      round.closedBy = caller.sub;
      round.updatedAt = new Date();
      audit(em, caller, { operation: 'closeEvaluationRound', entityType: 'EvaluationRound', entityId: round.id, detail: { closesOn: round.closesOn } });
      return round;
    });
  }

  /** The campaign a new round belongs to, as the honors subgraph tells the caller. */
  private async campaign(caller: Caller, id: string): Promise<CampaignFacts> {
    const honors = this.ctx.peers?.honors;
    if (!honors) throw appError('INTERNAL_SERVER_ERROR', 'The evaluations subgraph was started without the honors subgraph');
    const found = (await honors.query<{ campaign: CampaignFacts | null }>(caller, CAMPAIGN, { id }, this.ctx.requestId)).campaign;
    if (!found) throw appError('NOT_FOUND', `Campaign ${id} was not found`, { id, field: 'campaignId' });
    return found;
  }
}

function settingsOf(round: EvaluationRound): RoundSettings {
  return { name: round.name, kind: round.kind, opensOn: round.opensOn, closesOn: round.closesOn, tiers: [...round.tiers], weights: round.weights };
}

const closedRound = (round: EvaluationRound) =>
  appError('ILLEGAL_TRANSITION', `评议轮次“${round.name}”已结束 (the round is closed)`, { status: 'CLOSED', field: 'id' });

