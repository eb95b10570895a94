import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { FieldsAccess, Public, Rule, SignedIn } from './access.js';
import { Role, type Caller } from './auth.js';
import { buildFederatedSchema } from './schema.js';

@FieldsAccess(Rule.PUBLIC)
@ObjectType()
class Gauge {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Gauge)
class GaugeResolver {
  @Public()
  @Query(() => Gauge)
  gauge(): Gauge {
    // A plain object, as a reference resolver's stub may be: type-graphql would copy it into a Gauge per field.
    return { id: 'g1' } as Gauge;
  }

  @SignedIn()
  @FieldResolver(() => String)
  reading(@Root() gauge: Gauge, @Arg('of', () => ID) of: string): string {
    return `declared:${gauge.id}:${of}`;
  }
}

const leader: Caller = { sub: 'l', role: Role.LEADER };
const UUID = 'A1B2C3D4-0000-4000-8000-00000000000F';
const ask = async (schema: Awaited<ReturnType<typeof buildFederatedSchema>>, caller: Caller | null) =>
  graphql({ schema, source: `query($of: ID!) { gauge { reading(of: $of) } }`, variableValues: { of: UUID }, contextValue: { caller } });

describe('direct resolvers', () => {
  it('resolve the field in place of type-graphql’s handler, with the root as given', async () => {
    const roots: unknown[] = [];
    const schema = await buildFederatedSchema({ resolvers: [GaugeResolver] }, {}, {
      Gauge: { reading: (root: Gauge, args: { of: string }) => (roots.push(root), `direct:${root.id}:${args.of}`) },
    });
    const res = await ask(schema, leader);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).gauge.reading).toBe(`direct:g1:${UUID.toLowerCase()}`);
    expect(roots).toHaveLength(1);
    expect(roots[0]).not.toBeInstanceOf(Gauge);
  });

  it('keep the field’s access rule and argument checks', async () => {
    const schema = await buildFederatedSchema({ resolvers: [GaugeResolver] }, {}, { Gauge: { reading: () => 'direct' } });
    const anonymous = await ask(schema, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const nul = await graphql({ schema, source: `{ gauge { reading(of: "a\\u0000b") } }`, contextValue: { caller: leader } });
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leave the declared resolver alone where none is given', async () => {
    const schema = await buildFederatedSchema({ resolvers: [GaugeResolver] });
    expect(((await ask(schema, leader)).data as any).gauge.reading).toBe(`declared:g1:${UUID.toLowerCase()}`);
  });

  it('refuse a field that has no declared resolver, so a misspelt name cannot pass unnoticed', async () => {
    await expect(buildFederatedSchema({ resolvers: [GaugeResolver] }, {}, { Gauge: { readings: () => 'x' } })).rejects.toThrow(/Gauge\.readings/);
    await expect(buildFederatedSchema({ resolvers: [GaugeResolver] }, {}, { Gauge: { id: () => 'x' } })).rejects.toThrow(/Gauge\.id/);
  });
});
