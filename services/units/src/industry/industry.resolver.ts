import { Role, audit, conflict, isUuid, loadForUpdate, requireRole } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.entity.js';
import { ArchiveInput } from '../team/team.input.js';
import { Industry } from './industry.entity.js';
import { CreateIndustryInput, UpdateIndustryInput } from './industry.input.js';

@Resolver(() => Industry)
export class IndustryResolver {
  /** The directory of industries is public: anyone may read names and codes. */
  @Query(() => [Industry], { description: '行业/系统 Industries (systems of units), by code' })
  async industries(
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<Industry[]> {
    return ctx.em.find(Industry, includeArchived ? {} : { archivedAt: null }, { orderBy: { code: 'asc' } });
  }

  @Query(() => Industry, { nullable: true })
  async industry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Industry | null> {
    return isUuid(id) ? ctx.loaders.industry.load(id) : null;
  }

  @FieldResolver(() => [Unit], { description: 'Units of this industry that are in use' })
  async units(@Root() industry: Industry, @Ctx() ctx: Context): Promise<Unit[]> {
    return ctx.loaders.unitsByIndustry.load(industry.id);
  }

  @Mutation(() => Industry)
  async createIndustry(@Arg('input', () => CreateIndustryInput) input: CreateIndustryInput, @Ctx() ctx: Context): Promise<Industry> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const code = input.code.trim();
      const name = input.name.trim();
      await assertIndustryFree(em, code, name);
      const industry = em.create(Industry, { code, name });
      audit(em, caller, { operation: 'createIndustry', entityType: 'Industry', entityId: industry.id, detail: { code, name } });
      return industry;
    });
  }

  @Mutation(() => Industry)
  async updateIndustry(@Arg('input', () => UpdateIndustryInput) input: UpdateIndustryInput, @Ctx() ctx: Context): Promise<Industry> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const industry = await loadForUpdate(em, Industry, 'Industry', input.id, input.expectedVersion);
      const code = input.code?.trim() ?? industry.code;
      const name = input.name?.trim() ?? industry.name;
      await assertIndustryFree(em, code, name, industry.id);
      Object.assign(industry, { code, name });
      audit(em, caller, { operation: 'updateIndustry', entityType: 'Industry', entityId: industry.id, detail: { code, name } });
      return industry;
    });
  }

  @Mutation(() => Industry, { description: 'Retires an industry that no unit in use belongs to; its history stays' })
  async archiveIndustry(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Industry> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const industry = await loadForUpdate(em, Industry, 'Industry', input.id, input.expectedVersion);
      const inUse = await em.count(Unit, { industry: industry.id, archivedAt: null });
      if (inUse > 0) throw conflict(`Industry ${industry.name} still has ${inUse} units in use; move or archive them first`);
      industry.archivedAt ??= new Date();
      audit(em, caller, { operation: 'archiveIndustry', entityType: 'Industry', entityId: industry.id });
      return industry;
    });
  }
}

async function assertIndustryFree(em: Context['em'], code: string, name: string, selfId?: string): Promise<void> {
  const clash = await em.findOne(Industry, { $or: [{ code }, { name, archivedAt: null }], ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (!clash) return;
  if (clash.code === code) throw conflict(`An industry with code ${code} already exists`, { field: 'code' });
  throw conflict(`An industry named ${name} already exists`, { field: 'name' });
}
