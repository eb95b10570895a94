import { applyChanges, audit, conflict, loadForUpdate, requireCaller, type ArchiveInput, type ServiceContext } from '@sfxd/kit';
import { UnitRepository } from '../unit/unit.repository.js';
import { Industry } from './industry.entity.js';
import type { CreateIndustryInput, UpdateIndustryInput } from './industry.input.js';
import { IndustryRepository } from './industry.repository.js';

/**
 * Industries (systems of units) are the committee's: every change is ADMIN's (declared on the
 * resolver, checked before this runs), audited with it.
 */
export class IndustryService {
  constructor(private readonly ctx: ServiceContext) {}

  create(input: CreateIndustryInput): Promise<Industry> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const code = input.code.trim();
      const name = input.name.trim();
      await assertIndustryFree(new IndustryRepository(em), code, name);
      const industry = em.create(Industry, { code, name });
      audit(em, caller, { operation: 'createIndustry', entityType: 'Industry', entityId: industry.id, detail: { code, name } });
      return industry;
    });
  }

  update(input: UpdateIndustryInput): Promise<Industry> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const industry = await loadForUpdate(em, Industry, 'Industry', input.id, input.expectedVersion);
      const next = { code: input.code?.trim() ?? industry.code, name: input.name?.trim() ?? industry.name };
      await assertIndustryFree(new IndustryRepository(em), next.code, next.name, industry.id);
      const changed = applyChanges(industry, next);
      if (changed.length) audit(em, caller, { operation: 'updateIndustry', entityType: 'Industry', entityId: industry.id, detail: { changed, ...next } });
      return industry;
    });
  }

  /** Retires an industry no unit in use belongs to. */
  archive(input: ArchiveInput): Promise<Industry> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const industry = await loadForUpdate(em, Industry, 'Industry', input.id, input.expectedVersion);
      if (industry.archivedAt) return industry;
      const inUse = await new UnitRepository(em).countInUse(industry.id);
      if (inUse > 0) throw conflict(`Industry ${industry.name} still has ${inUse} units in use; move or archive them first`);
      industry.archivedAt = new Date();
      audit(em, caller, { operation: 'archiveIndustry', entityType: 'Industry', entityId: industry.id });
      return industry;
    });
  }
}

async function assertIndustryFree(industries: IndustryRepository, code: string, name: string, selfId?: string): Promise<void> {
  const clash = await industries.clash(code, name, selfId);
  if (!clash) return;
  if (clash.code === code) throw conflict(`An industry with code ${code} already exists`, { field: 'code' });
  throw conflict(`An industry named ${name} already exists`, { field: 'name' });
}
