import { DEV_SUBGRAPH_SECRET, INTERNAL_TOKEN_HEADER, signInternalToken } from '@sfxd/kit';
import { admin, postGraphQL, type TestSubgraphs } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBallotCode } from './ballot/ballot.code.js';
import { CREATE_ROUND, ISSUE, SUBMIT, scoresOf, shift } from './testing/documents.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;

/** An anonymous submission as the gateway sends it for a client at `address`. */
async function submitFrom(address: string, input: Record<string, unknown>) {
  const headers = { [INTERNAL_TOKEN_HEADER]: await signInternalToken(null, DEV_SUBGRAPH_SECRET, { clientAddress: address }) };
  return postGraphQL(h.subgraph('evaluations').url, SUBMIT, { input }, headers);
}

beforeAll(async () => {
  h = await startEvaluationsSubgraphs({ guessLimit: 3, guessWindowMinutes: 15 });
  f = fixtures(h);
});

afterAll(async () => {
  await h?.close();
});

describe('guessing ballot codes', () => {
  it('turns an address away after its refused codes reach the limit, even with a good code, while other addresses go on', async () => {
    const campaignId = await f.campaign(2032);
    const u = await f.unit(1);
    const round = (await h.client('evaluations')(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(9) } })).data.createEvaluationRound;
    const [good] = (await h.client('evaluations')(admin, ISSUE, { input: { roundId: round.id, unitId: u.unitId, count: 1 } })).data.issueBallots.ballots.map((b: any) => b.code);
    const input = (ballotCode: string) => ({ roundId: round.id, subjectId: u.memberIds[0], evaluatorKind: 'MASSES', scores: scoresOf('POST', [90]), ballotCode });
    for (let i = 0; i < 3; i++) {
      const guess = await submitFrom('203.0.113.7', input(generateBallotCode()));
      expect(guess.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const blocked = await submitFrom('203.0.113.7', input(good));
    expect(blocked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(blocked.errors?.[0]?.message).toMatch(/too many/);
    expect(await h.sql(`select 1 from evaluations.evaluation where round_id = $1`, [round.id])).toEqual([]);
    // A mistyped code tells nothing and counts for nothing.
    expect((await submitFrom('198.51.100.2', input('K7QM-3XPD-9FHW-2ABA'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const other = await submitFrom('198.51.100.2', input(good));
    expect(other.errors).toBeUndefined();
    expect(await h.sql(`select client_address from evaluations.ballot_refusal`)).toEqual(Array(3).fill({ client_address: '203.0.113.7' }));
  });
});
