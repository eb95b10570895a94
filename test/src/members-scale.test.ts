import { afterAll, describe, expect, it } from 'vitest';
import { UnitsWithMemberCounts } from './documents.js';
import { LEADER, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

const started: TestPlatform[] = [];
afterAll(async () => {
  for (const p of started) await p.dispose();
});

/** The dashboard's directory query on a platform seeded with `units` units: its answer and the members subgraph's SQL count. */
async function directoryAt(units: number) {
  // The directory reads units and members only: the honors and evaluations demo (some 200,000
  // evaluations at 1,000 units) would only make the start slow.
  const platform = await startTestPlatform({ seed: { units, membersPerUnit: 4, activitiesPerMember: 0 }, seedSubgraphs: ['units', 'members'] });
  started.push(platform);
  const members = platform.subgraphs.members!;
  members.queries.reset();
  const res = await gatewayClient(platform.gatewayUrl)(UnitsWithMemberCounts, {}, LEADER);
  const statements = members.queries.count;
  expect(res.errors).toBeUndefined();
  const total = res.data!.units.reduce((n, u) => n + u.partyMemberCount, 0);
  return { units: res.data!.units.length, total, expected: platform.seeded!.members.length, statements };
}

describe('the dashboard directory at scale', () => {
  it('costs the members subgraph the same number of SQL statements for 10 units as for 1,000', async () => {
    const small = await directoryAt(10);
    const large = await directoryAt(1000);
    expect(small).toMatchObject({ units: 10, total: small.expected });
    expect(large).toMatchObject({ units: 1000, total: large.expected });
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(2);
  }, 120_000);
});
