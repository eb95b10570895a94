import { Public } from '@sfxd/kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { BallotFormService } from './ballot-form.service.js';
import { BallotForm } from './ballot-form.types.js';

@Resolver(() => BallotForm)
export class BallotFormResolver {
  // Public on purpose: the holder of a ballot has no account; the code is checked, and refused codes counted, as submitEvaluation does.
  @Public()
  @Query(() => BallotForm, {
    description: '评议票 (anonymous): what a ballot code may score — its round, kind, unit and subjects with their criteria. A used or unknown code is FORBIDDEN whatever the reason, a mistyped one BAD_USER_INPUT; refused codes count against the same per-address limit as submitEvaluation (RATE_LIMITED)',
  })
  ballot(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<BallotForm> {
    return new BallotFormService(ctx).lookup(code);
  }
}
