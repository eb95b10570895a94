import { Rule, declaredAccess, type DeclaredAccess } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { describe, expect, it } from 'vitest';

// DESIGN.md §3: every field declares its rule; none is public by omission. This walks the schema
// each subgraph serves — every field of every type, queries and mutations included — and every
// entity's __resolveReference, and names any without a declared rule.
const RULES = new Set<string>(Object.values(Rule));

describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('the %s subgraph', (_name, subgraph) => {
  let access: DeclaredAccess[];
  const rules = async () => (access ??= declaredAccess(await subgraph.buildSchema()));

  it('declares an access rule on every field, query, mutation and entity reference', async () => {
    const undeclared = (await rules()).filter((a) => a.rule === null).map((a) => a.coordinate);
    expect(undeclared).toEqual([]);
    for (const { coordinate, rule } of await rules()) expect(RULES.has(rule!), `${coordinate}: ${rule}`).toBe(true);
  });

  it('walks queries, mutations, plain fields and references alike', async () => {
    const coordinates = (await rules()).map((a) => a.coordinate);
    expect(coordinates.some((c) => c.startsWith('Query.'))).toBe(true);
    expect(coordinates.some((c) => c.startsWith('Mutation.'))).toBe(true);
    expect(coordinates.some((c) => c.endsWith('.__resolveReference'))).toBe(true);
    expect(coordinates).toContain('Query._entities');
  });
});

describe('the declared rules', () => {
  const ruleIn = async (name: string, coordinate: string) =>
    declaredAccess(await SUBGRAPHS.find((s) => s.name === name)!.buildSchema()).find((a) => a.coordinate === coordinate)?.rule;

  it('keep the directory public and teams scoped to the unit', async () => {
    expect(await ruleIn('units', 'Query.units')).toBe(Rule.PUBLIC);
    expect(await ruleIn('units', 'Unit.name')).toBe(Rule.PUBLIC);
    expect(await ruleIn('units', 'Unit.teams')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('units', 'Query.team')).toBe(Rule.UNIT_SCOPE_REFUSE);
    expect(await ruleIn('units', 'Team.__resolveReference')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('units', 'Mutation.createUnit')).toBe(Rule.ADMIN);
    expect(await ruleIn('units', 'Mutation.createTeam')).toBe(Rule.UNIT_WRITE);
  });

  it('keep personal fields personal and records of individuals scoped to the unit', async () => {
    expect(await ruleIn('members', 'Member.phone')).toBe(Rule.PERSONAL);
    expect(await ruleIn('members', 'Member.birthDate')).toBe(Rule.PERSONAL);
    expect(await ruleIn('members', 'Query.member')).toBe(Rule.UNIT_SCOPE_REFUSE);
    expect(await ruleIn('members', 'Unit.members')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('members', 'Member.__resolveReference')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('members', 'Unit.activityTotals')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('members', 'Unit.partyMemberCount')).toBe(Rule.PUBLIC);
  });

  it("keep campaigns to signed-in callers, their settings to the committee and candidacies scoped to the unit", async () => {
    expect(await ruleIn('honors', 'Query.campaigns')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('honors', 'Campaign.weights')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('honors', 'Mutation.createCampaign')).toBe(Rule.ADMIN);
    expect(await ruleIn('honors', 'Mutation.updateCampaign')).toBe(Rule.ADMIN);
    expect(await ruleIn('honors', 'Query.honor')).toBe(Rule.UNIT_SCOPE_REFUSE);
    expect(await ruleIn('honors', 'Query.honors')).toBe(Rule.UNIT_SCOPE_REFUSE);
    expect(await ruleIn('honors', 'Unit.honors')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('honors', 'Honor.__resolveReference')).toBe(Rule.UNIT_SCOPE_EMPTY);
  });

  it('let anyone submit an evaluation (the rules are the ballot code’s and the leader’s), keep ballots and signals to the unit’s staff and summaries of people to their unit', async () => {
    expect(await ruleIn('evaluations', 'Mutation.submitEvaluation')).toBe(Rule.PUBLIC);
    // The ballot form answers the holder of a code, who has no account: public, the code checked as a submission's is.
    expect(await ruleIn('evaluations', 'Query.ballot')).toBe(Rule.PUBLIC);
    expect(await ruleIn('evaluations', 'BallotSubject.name')).toBe(Rule.PUBLIC);
    expect(await ruleIn('evaluations', 'Mutation.issueBallots')).toBe(Rule.UNIT_WRITE);
    expect(await ruleIn('evaluations', 'Mutation.createEvaluationRound')).toBe(Rule.ADMIN);
    expect(await ruleIn('evaluations', 'Mutation.closeEvaluationRound')).toBe(Rule.ADMIN);
    expect(await ruleIn('evaluations', 'Query.evaluationRounds')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('evaluations', 'Member.evaluationSummary')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('evaluations', 'Honor.evaluationSummary')).toBe(Rule.UNIT_SCOPE_EMPTY);
    expect(await ruleIn('evaluations', 'Unit.evaluationSummary')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('evaluations', 'Query.evaluationTrend')).toBe(Rule.SIGNED_IN);
    expect(await ruleIn('evaluations', 'Query.evaluationSignals')).toBe(Rule.UNIT_WRITE);
    expect(await ruleIn('evaluations', 'Query.evaluationProgress')).toBe(Rule.UNIT_WRITE);
    expect(await ruleIn('evaluations', 'Evaluation.evaluator')).toBe(Rule.PERSONAL);
    expect(await ruleIn('evaluations', 'Evaluation.__resolveReference')).toBe(Rule.UNIT_SCOPE_EMPTY);
  });

  it('open the honors subgraph to anonymous callers for plaques, the honor roll and objections only, and keep objections to the committee and the unit', async () => {
    const honors = declaredAccess(await SUBGRAPHS.find((s) => s.name === 'honors')!.buildSchema());
    const publicOperations = honors.filter((a) => /^(Query|Mutation)\./.test(a.coordinate) && a.rule === Rule.PUBLIC).map((a) => a.coordinate);
    expect(publicOperations.sort()).toEqual(['Mutation.lodgeObjection', 'Query.honorRoll', 'Query.plaque']);
    expect(await ruleIn('honors', 'Honor.objections')).toBe(Rule.PERSONAL);
    expect(await ruleIn('honors', 'Objection.contact')).toBe(Rule.PERSONAL);
    expect(await ruleIn('honors', 'Mutation.resolveObjection')).toBe(Rule.ADMIN);
    expect(await ruleIn('honors', 'Query.plaqueQr')).toBe(Rule.UNIT_WRITE);
    expect(await ruleIn('honors', 'Mutation.addHolidaySchedule')).toBe(Rule.ADMIN);
    expect(await ruleIn('honors', 'Query.holidaySchedules')).toBe(Rule.SIGNED_IN);
  });
});
