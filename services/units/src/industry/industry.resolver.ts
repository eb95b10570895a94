import { AdminOnly, ArchiveInput, Public, isUuid } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import type { UnitRow } from '../unit/unit.repository.js';
import { Industry } from './industry.entity.js';
import { CreateIndustryInput, UpdateIndustryInput } from './industry.input.js';
import { IndustryRepository } from './industry.repository.js';
import { IndustryService } from './industry.service.js';

@Resolver(() => Industry)
export class IndustryResolver {
  /** The directory of industries is public: anyone may read names and codes. */
  @Public()
  @Query(() => [Industry], { description: '行业/系统 Industries (systems of units), by code' })
  // A city has about 13 systems of units.
  @Directive('@listSize(assumedSize: 20)')
  industries(@Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<Industry[]> {
    return new IndustryRepository(ctx.em).list(includeArchived);
  }

  @Public()
  @Query(() => Industry, { nullable: true })
  async industry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Industry | null> {
    return isUuid(id) ? ctx.loaders.industry.load(id) : null;
  }

  @Public()
  @FieldResolver(() => [Unit], { description: 'Units of this industry that are in use' })
  // A system has a few dozen units.
  @Directive('@listSize(assumedSize: 30)')
  units(@Root() industry: Industry, @Ctx() ctx: Context): Promise<UnitRow[]> {
    return ctx.loaders.unitsByIndustry.load(industry.id);
  }

  @AdminOnly()
  @Mutation(() => Industry)
  createIndustry(@Arg('input', () => CreateIndustryInput) input: CreateIndustryInput, @Ctx() ctx: Context): Promise<Industry> {
    return new IndustryService(ctx).create(input);
  }

  @AdminOnly()
  @Mutation(() => Industry)
  updateIndustry(@Arg('input', () => UpdateIndustryInput) input: UpdateIndustryInput, @Ctx() ctx: Context): Promise<Industry> {
    return new IndustryService(ctx).update(input);
  }

  @AdminOnly()
  @Mutation(() => Industry, { description: 'Retires an industry that no unit in use belongs to; its history stays' })
  archiveIndustry(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Industry> {
    return new IndustryService(ctx).archive(input);
  }
}
