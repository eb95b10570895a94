import 'reflect-metadata';
import { graphql } from 'graphql';
import { Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { FieldsAccess, Public, Rule } from './access.js';
import { buildFederatedSchema } from './schema.js';

/*
 * Subgraphs that share a process (the tests, the bench) each declare their own class of one
 * federated type, as units and honors both declare Unit; type-graphql keeps them all in one store.
 */

/** Another subgraph's view of Meter, declared first: `level` is a plain property there. */
@FieldsAccess(Rule.PUBLIC)
@ObjectType('Meter')
export class OtherSubgraphsMeter {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  level!: number;
}

/** This subgraph's Meter, whose `level` a field resolver computes. */
@FieldsAccess(Rule.PUBLIC)
@ObjectType('Meter')
class Meter {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Meter)
class MeterResolver {
  @Public()
  @Query(() => Meter)
  meter(): Meter {
    return { id: 'm1' } as Meter;
  }

  @Public()
  @FieldResolver(() => Int)
  level(@Root() meter: Meter): number {
    return meter.id === 'm1' ? 7 : 0;
  }
}

describe('a type declared by several subgraphs in one process', () => {
  it('keeps this subgraph’s field resolver where another subgraph’s class of the same name reads the field as a property', async () => {
    const schema = await buildFederatedSchema({ resolvers: [MeterResolver] });
    const res = await graphql({ schema, source: '{ meter { id level } }', contextValue: { caller: null } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ meter: { id: 'm1', level: 7 } });
  });
});
