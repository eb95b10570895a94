import { appError, requireUnitWrite } from '@sfxd/kit';
import type { Context } from '../context.js';
import { expectedKinds } from '../summary/summary.rules.js';
import { SubjectRepository } from '../subject/subject.repository.js';
import { ProgressRepository } from './progress.repository.js';
import { EvaluationProgress, PeerProgress } from './progress.types.js';

/**
 * A round's progress in one unit, for its staff's reminders (ADMIN and the unit's UNIT_ADMIN: it
 * names peers, who are identified to them only). Read from this subgraph's own tables: the subjects
 * registered when the unit's ballots were issued, the ballots, the evaluations.
 */
export class ProgressService {
  constructor(private readonly ctx: Context) {}

  async progress(roundId: string, unitId: string): Promise<EvaluationProgress> {
    requireUnitWrite(this.ctx.caller, unitId);
    const round = await this.ctx.loaders.round.load(roundId);
    if (!round) throw appError('NOT_FOUND', `EvaluationRound ${roundId} was not found`, { id: roundId, field: 'roundId' });
    const repository = new ProgressRepository(this.ctx.em);
    const [subjects, tallies, holders, peerEvaluations] = await Promise.all([
      new SubjectRepository(this.ctx.em).ofUnit(round.id, unitId, null),
      repository.ballots(round.id, unitId),
      repository.peerHolders(round.id, unitId),
      repository.peerEvaluations(round.id, unitId),
    ]);
    const members = subjects.filter((s) => s.kind === 'MEMBER').map((s) => s.subjectId);
    const done = new Map<string, Set<string>>();
    for (const { evaluator, subject } of peerEvaluations) done.set(evaluator, (done.get(evaluator) ?? new Set()).add(subject));
    const peers = holders.map((evaluatorId) => {
      const evaluated = done.get(evaluatorId) ?? new Set<string>();
      const pendingIds = members.filter((m) => m !== evaluatorId && !evaluated.has(m));
      return Object.assign(new PeerProgress(), { evaluatorId, pendingIds, evaluated: evaluated.size, remaining: pendingIds.length });
    }).sort((a, b) => b.remaining - a.remaining || a.evaluatorId.localeCompare(b.evaluatorId));
    const leadersExpected = expectedKinds(round.rules()).includes('LEADERS');
    const led = leadersExpected ? await repository.ledBy(round.id, subjects.map((s) => s.subjectId)) : new Set<string>();
    return Object.assign(new EvaluationProgress(), {
      roundId: round.id, unitId, subjects: subjects.length, leadersExpected,
      ballots: (['MASSES', 'PEERS'] as const).map((kind) => {
        const t = tallies.find((x) => x.kind === kind);
        return { kind, issued: t?.issued ?? 0, used: t?.used ?? 0, unused: (t?.issued ?? 0) - (t?.used ?? 0) };
      }),
      peers,
      withoutLeaders: leadersExpected ? subjects.filter((s) => !led.has(s.subjectId)).map((s) => ({ kind: s.kind, id: s.subjectId })) : [],
    });
  }
}
