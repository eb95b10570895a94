import { applyChanges, audit, conflict, loadForUpdate, loadReferenced, requireCaller, type ArchiveInput, type ServiceContext } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Industry } from '../industry/industry.entity.js';
import { Unit } from './unit.entity.js';
import type { CreateUnitInput, UpdateUnitInput } from './unit.input.js';
import { UnitRepository } from './unit.repository.js';

/**
 * Units are the committee's: every change is ADMIN's (declared on the resolver, checked before
 * this runs), audited with it.
 */
export class UnitService {
  constructor(private readonly ctx: ServiceContext) {}

  create(input: CreateUnitInput): Promise<Unit> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const industry = await industryInUse(em, input.industryId);
      const code = input.code.trim();
      const name = input.name.trim();
      await assertUnitFree(new UnitRepository(em), code, name);
      const unit = em.create(Unit, { code, name, industry, excluded: input.excluded });
      audit(em, caller, { operation: 'createUnit', entityType: 'Unit', entityId: unit.id, unitId: unit.id, detail: { code, name, excluded: unit.excluded } });
      return unit;
    });
  }

  update(input: UpdateUnitInput): Promise<Unit> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const unit = await loadForUpdate(em, Unit, 'Unit', input.id, input.expectedVersion);
      const next = { code: input.code?.trim() ?? unit.code, name: input.name?.trim() ?? unit.name, excluded: input.excluded ?? unit.excluded };
      await assertUnitFree(new UnitRepository(em), next.code, next.name, unit.id);
      const changed: string[] = applyChanges(unit, next);
      if (input.industryId != null && input.industryId !== unit.industry.id) {
        const industry = await industryInUse(em, input.industryId);
        if (industry.id !== unit.industry.id) {
          unit.industry = em.getReference(Industry, industry.id, { wrapped: true });
          changed.push('industryId');
        }
      }
      if (changed.length) {
        audit(em, caller, {
          operation: 'updateUnit',
          entityType: 'Unit',
          entityId: unit.id,
          unitId: unit.id,
          detail: { changed, code: unit.code, name: unit.name, excluded: unit.excluded, industryId: unit.industry.id },
        });
      }
      return unit;
    });
  }

  /** Retires a unit (merged or dissolved). */
  archive(input: ArchiveInput): Promise<Unit> {
    const caller = requireCaller(this.ctx.caller);
    return this.ctx.em.transactional(async (em) => {
      const unit = await loadForUpdate(em, Unit, 'Unit', input.id, input.expectedVersion);
      if (unit.archivedAt) return unit;
      unit.archivedAt = new Date();
      audit(em, caller, { operation: 'archiveUnit', entityType: 'Unit', entityId: unit.id, unitId: unit.id });
      return unit;
    });
  }
}

async function industryInUse(em: EntityManager, industryId: string): Promise<Industry> {
  const industry = await loadReferenced(em, Industry, 'Industry', industryId);
  if (industry.archivedAt) throw conflict(`Industry ${industry.name} is archived`, { field: 'industryId' });
  return industry;
}

async function assertUnitFree(units: UnitRepository, code: string, name: string, selfId?: string): Promise<void> {
  const clash = await units.clash(code, name, selfId);
  if (!clash) return;
  if (clash.code === code) throw conflict(`A unit with code ${code} already exists`, { field: 'code' });
  throw conflict(`A unit named ${name} already exists`, { field: 'name' });
}
