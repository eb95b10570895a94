import { Public, UnitWrite } from '@sfxd/kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PlaqueService } from './plaque.service.js';
import { Plaque, PlaqueQr } from './plaque.types.js';

@Resolver(() => Plaque)
export class PlaqueResolver {
  @Public()
  @Query(() => Plaque, {
    nullable: true,
    description: '牌匾验证 for anyone, without a token: the public record of the plaque with this verification code (case, spaces and hyphens do not matter); null when no plaque has it',
  })
  plaque(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Plaque | null> {
    return new PlaqueService(ctx).byCode(code);
  }

  @UnitWrite()
  @Query(() => PlaqueQr, {
    nullable: true,
    description: 'The QR code to print on a plaque (its public page PUBLIC_BASE_URL/verify/<code>): ADMIN, or the honor’s own unit’s UNIT_ADMIN; null for an honor never named',
  })
  plaqueQr(@Arg('honorId', () => ID) honorId: string, @Ctx() ctx: Context): Promise<PlaqueQr | null> {
    return new PlaqueService(ctx).qr(honorId);
  }
}
