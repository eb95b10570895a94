import { AdminOnly, Personal, Public, Role, canReadPersonal } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Honor } from '../honor/honor.entity.js';
import { Objection, ObjectionReceipt } from './objection.entity.js';
import { LodgeObjectionInput, ResolveObjectionInput } from './objection.input.js';
import { ObjectionService } from './objection.service.js';

@Resolver(() => Objection)
export class ObjectionResolver {
  @Public()
  @Mutation(() => ObjectionReceipt, {
    description: '提出异议 about a candidacy in publicity: open to everyone, without a token too. Reason 5–500 characters; at most 5 a client address and hour (RATE_LIMITED, with retryAfterSeconds). A candidacy not in publicity: ILLEGAL_TRANSITION. The answer is a receipt only',
  })
  lodgeObjection(@Arg('input', () => LodgeObjectionInput) input: LodgeObjectionInput, @Ctx() ctx: Context): Promise<ObjectionReceipt> {
    return new ObjectionService(ctx).lodge(input);
  }

  @AdminOnly()
  @Mutation(() => Objection, { description: 'ADMIN: the finding on an objection, once (a second time: CONFLICT). An upheld one leaves the candidacy to be rejected (REJECT); it cannot be confirmed' })
  resolveObjection(@Arg('input', () => ResolveObjectionInput) input: ResolveObjectionInput, @Ctx() ctx: Context): Promise<Objection> {
    return new ObjectionService(ctx).resolve(input);
  }

  @Personal()
  @FieldResolver(() => String, { nullable: true, description: 'How to reach the objector: the committee (ADMIN) only, null for everyone else' })
  contact(@Root() objection: Objection, @Ctx() ctx: Context): string | null {
    return ctx.caller?.role === Role.ADMIN ? objection.contact : null;
  }
}

@Resolver(() => Honor)
export class HonorObjectionsResolver {
  @Personal()
  @FieldResolver(() => [Objection], {
    nullable: true,
    description: '异议: ADMIN and the unit’s own UNIT_ADMIN only (null for everyone else), oldest first. Loaded for every honor of a request in one statement',
  })
  // A candidacy draws a few objections at most (five an hour from one address).
  @Directive('@listSize(assumedSize: 10)')
  async objections(@Root() honor: Honor, @Ctx() ctx: Context): Promise<Objection[] | null> {
    // An industry's candidacy belongs to no unit: the committee's alone.
    if (!canReadPersonal(ctx.caller, honor.unitId ?? '')) return null;
    return ctx.loaders.objectionsByHonor.load(honor.id);
  }
}
