import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compilable } from './compiled-answers.js';

describe('which documents graphql-jit may compile', () => {
  it('compiles the gateway’s plan-shaped fetches: one operation, values as variables or literals without text', () => {
    expect(compilable(parse('query QuotaUnits__honors__2($r: [_Any!]!, $c: ID!) { _entities(representations: $r) { ... on Unit { quota(campaignId: $c) { teams } } } }'))).toBe(true);
    expect(compilable(parse('query QuotaUnits__units__0 { units(includeExcluded: false, first: 10, kind: POST, after: null) { __typename id } }'))).toBe(true);
  });

  it('leaves to graphql-js a string literal anywhere — an argument, a list, an object, a variable’s default — which it would write into code', () => {
    for (const text of [
      '{ units(industryId: "x") { id } }',
      '{ units(ids: ["x"]) { id } }',
      '{ units(filter: { name: """x""" }) { id } }',
      'query($i: ID = "x") { units(industryId: $i) { id } }',
    ]) expect(compilable(parse(text)), text).toBe(false);
  });

  it('leaves to graphql-js a directive and a document of several operations', () => {
    expect(compilable(parse('query($x: Boolean!) { units { id @include(if: $x) } }'))).toBe(false);
    expect(compilable(parse('query A { units { id } } query B { units { code } }'))).toBe(false);
  });
});
