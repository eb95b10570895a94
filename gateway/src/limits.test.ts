import { DEFAULT_LIMITS, checkFirstArguments, demandControlOf, estimateCost, type GatewayLimits } from './limits.js';
import { GraphQLError, buildSchema, getOperationAST, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The cost estimate and the `first` check on a schema shaped like the contract's connections
// (DESIGN.md §5), with list sizes of its own declared as the subgraphs declare theirs, so that
// they hold whatever subgraphs exist.
const sdl = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    units: [Unit!]!
    unit(id: ID!): Unit
    industries: [Industry!]! @listSize(assumedSize: 20)
    members(unitId: ID, first: Int, after: String): MemberConnection!
  }
  type Industry { id: ID! name: String! units: [Unit!]! @listSize(assumedSize: 30) }
  type Unit { id: ID! name: String! teams: [Team!]! @listSize(assumedSize: 20) members(first: Int = 20): MemberConnection! }
  type Team { id: ID! name: String! }
  type MemberConnection { totalCount: Int! edges: [MemberEdge!]! nodes: [Member!]! pageInfo: PageInfo! }
  type MemberEdge { cursor: String! node: Member! }
  type Member { id: ID! name: String! tags: [String!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`;
const schema = buildSchema(sdl);

const LIMITS: GatewayLimits = { ...DEFAULT_LIMITS, demandControl: demandControlOf(sdl) };

function prepare(query: string) {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return { document, operation: getOperationAST(document)! };
}

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const { document, operation } = prepare(query);
  return estimateCost(schema, document, operation, variables, LIMITS);
};

const firstError = (query: string, variables: Record<string, unknown> = {}): GraphQLError | null => {
  const { document, operation } = prepare(query);
  try {
    checkFirstArguments(schema, document, operation, variables, LIMITS);
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
};

describe('the cost estimate', () => {
  it('counts one per field and multiplies what is selected under an unbounded list by 100', () => {
    expect(cost('{ units { id name } }')).toBe(1 + 100 * 2);
  });

  it('uses the assumed length of lists known to be short', () => {
    expect(cost('{ industries { id units { id teams { id } } } }')).toBe(1 + 20 * (1 + 1 + 30 * (1 + 1 + 20 * 1)));
  });

  it("multiplies a connection's edges and nodes by its first, literal or variable, and its totalCount not at all", () => {
    expect(cost('{ members(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor node { id name } } } }')).toBe(
      1 + 1 + (1 + 1) + (1 + 10 * (1 + (1 + 2))),
    );
    expect(cost('query($n: Int) { members(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 1 + 7 * 1);
    expect(cost('{ members(first: 100) { totalCount } }')).toBe(2);
  });

  it("uses a connection's default first, or the largest page when there is none", () => {
    expect(cost('{ unit(id: "u") { members { nodes { id } } } }')).toBe(1 + 1 + 1 + 20 * 1);
    expect(cost('{ members { nodes { id } } }')).toBe(1 + 1 + 100 * 1);
  });


  it('follows fragments and inline fragments', () => {
    expect(cost('{ units { ...U } } fragment U on Unit { id ... on Unit { name } }')).toBe(1 + 100 * 2);
  });

  it('grows with nesting fast enough to refuse a fan-out over lists of lists', () => {
    // Only four levels deep, yet 20 industries × 30 units × 20 teams: the cost refuses it.
    expect(cost('{ units { teams { id } } industries { units { teams { id } } } }')).toBeGreaterThan(LIMITS.maxCost);
  });

  it('stays fast, and refuses, when every fragment of a chain spreads the next one twice', () => {
    const levels = 40;
    const chain = Array.from({ length: levels }, (_, i) =>
      i < levels - 1 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { units { id } }`,
    ).join(' ');
    const started = performance.now();
    expect(cost(`{ ...F0 } ${chain}`)).toBe(2 ** (levels - 1) * 101);
    expect(firstError(`{ ...F0 } ${chain}`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("counts a field's @cost weight instead of 1, and a type's for every field returning it", () => {
    const weightedSdl = `
      directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT
      type Query { units: [Unit!]! report: Report }
      type Unit { id: ID! name: String! @cost(weight: 5) }
      type Report @cost(weight: 50) { id: ID! }
    `;
    const weighted = buildSchema(weightedSdl);
    const limits = { ...LIMITS, demandControl: demandControlOf(weightedSdl) };
    const document = parse('{ units { id name } report { id } }');
    expect(estimateCost(weighted, document, getOperationAST(document)!, {}, limits)).toBe(1 + 100 * (1 + 5) + (50 + 1));
  });

  it('reads @listSize and @cost by the names a supergraph links them under', () => {
    const control = demandControlOf(`
      schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/cost/v0.1", as: "dc", import: [{ name: "@listSize", as: "@size" }]) { query: Query }
      type Query { units: [Unit!]! @size(assumedSize: 7) @dc(weight: 3) teams: [Unit!]! @listSize(assumedSize: 9) }
      type Unit { id: ID! }
    `);
    expect(control).toEqual({ listSizes: { 'Query.units': { assumedSize: 7 } }, weights: { 'Query.units': 3 } });
  });

  it('leaves introspection out of the cost', () => {
    expect(cost('{ __schema { types { name fields { name } } } units { id } }')).toBe(101);
  });
});

describe('the first argument', () => {
  it('accepts 1 and 100, literal or variable', () => {
    expect(firstError('{ members(first: 1) { totalCount } }')).toBeNull();
    expect(firstError('{ members(first: 100) { totalCount } }')).toBeNull();
    expect(firstError('query($n: Int) { members(first: $n) { totalCount } }', { n: 100 })).toBeNull();
  });

  it('refuses 0, 101 and negative values with BAD_USER_INPUT naming the field', () => {
    for (const n of [0, 101, -5]) {
      const error = firstError(`{ members(first: ${n}) { totalCount } }`);
      expect(error, String(n)).toBeInstanceOf(GraphQLError);
      expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', limit: 'FIRST' });
    }
  });

  it('refuses an out-of-range value sent as a variable or as a variable default', () => {
    expect(firstError('query($n: Int) { members(first: $n) { totalCount } }', { n: 101 })?.extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError('query($n: Int = 500) { members(first: $n) { totalCount } }')?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('finds first on nested fields and inside fragments', () => {
    expect(firstError('{ unit(id: "u") { members(first: 1000) { totalCount } } }')?.extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError('{ units { ...M } } fragment M on Unit { members(first: 0) { totalCount } }')?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

// With the list sizes the subgraphs declare, as composed into the committed supergraph.
describe('the cost examples of docs/integrators.md §5, on the committed API schema and supergraph', () => {
  const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, demandControl: demandControlOf(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8')) };
  const apiCost = (query: string) => {
    const document = parse(query);
    expect(validate(api, document)).toEqual([]);
    return estimateCost(api, document, getOperationAST(document)!, {}, limits);
  };

  it.each([
    ['{ units { id name industry { name } teamCount } }', 501],
    ['{ industries { name units { name } } }', 641],
    ['{ unit(id: "u") { teams { unit { industry { units { name } } } } } }', 662],
    ['{ units { teams { unit { industry { units { name } } } } } }', 66_101],
    ['{ members(first: 100) { totalCount edges { node { name activities { date } } } } }', 2_303],
    ['{ units { name members(first: 100) { totalCount edges { node { name } } } } }', 20_401],
    ['{ unit(id: "u") { activityTotals(year: 2016) { type month count hours members } } }', 362],
    ['{ honorCounts(campaignId: "c") { unit { name industry { name } } tier status count } }', 2_801],
    ['{ managementActions(campaignId: "c") { action month count unit { name } } }', 1_001],
  ])('costs %s at %i', (query, expected) => {
    expect(apiCost(query)).toBe(expected);
  });
});
