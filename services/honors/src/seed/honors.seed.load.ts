import { bulkInsert, copyRows, type Orm } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { SCHEMA } from '../database-schema.js';
import { SUBJECT_KIND } from '../honor/honor.tier.js';
import { recordLedgerContents } from '../ledger/ledger.repository.js';
import { seedInscriptions, seedRevocations } from '../plaque/plaque.seed.js';
import { generateHonorsSeed, type HonorsSeed } from './honors.seed.js';

/**
 * Loads the demo campaigns of 2015 and 2016 — candidacies, their histories, objections and
 * ledgers, all generated from the directory and members of the same seed — into an empty honors
 * schema: one COPY per table (a bulk insert for the few campaigns), in one transaction. Does nothing when any
 * campaign exists, so users' data is never overwritten. Returns whether it loaded.
 */
export async function loadHonorsSeed(orm: Orm, data: SeedData): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: boolean }[]>(`select exists (select 1 from "${SCHEMA}"."campaign") as n`);
  if (existing[0]!.n) return false;
  await insertHonorsSeed(orm, generateHonorsSeed(data), data);
  return true;
}

/** `data`: the seed data the honors were made from, whose names the named honors' plaques carry. */
export async function insertHonorsSeed(orm: Orm, seed: HonorsSeed, data?: SeedData): Promise<void> {
  const now = new Date().toISOString();
  const inscriptions = data ? seedInscriptions(seed, data) : new Map();
  const revocations = seedRevocations(seed);
  await orm.em.fork().transactional(async (tx) => {
    await bulkInsert(
      tx, SCHEMA, 'campaign',
      ['id', 'year', 'name', 'phases', 'ledger_due_on', 'first_batch_by', 'post_ratio', 'team_ratio', 'unit_ratio', 'industry_min', 'industry_max',
        'weight_masses', 'weight_peers', 'weight_leaders', 'publicity_working_days', 'created_at', 'updated_at'],
      seed.campaigns.map((c) => [
        c.id, c.year, c.name, c.phases, c.ledgerDueOn, c.firstBatchBy, c.postRatio, c.teamRatio, c.unitRatio, c.industryMin, c.industryMax,
        c.weights.masses, c.weights.peers, c.weights.leaders, c.publicityWorkingDays, now, now,
      ]),
    );
    await copyRows(
      tx, SCHEMA, 'honor',
      ['id', 'campaign_id', 'tier', 'subject_id', 'subject_kind', 'unit_id', 'industry_id', 'status', 'version', 'declared_on', 'declared_by',
        'publicity_starts_on', 'publicity_ends_on', 'plaque_number', 'verification_code', 'named_on', 'batch', 'rectification_deadline',
        'plaque_name', 'plaque_unit_name', 'revoked_on', 'created_at', 'updated_at'],
      seed.honors.map((h) => [
        h.id, h.campaignId, h.tier, h.subjectId, SUBJECT_KIND[h.tier], h.unitId, h.industryId, h.status, h.version, h.declaredOn, h.declaredBy,
        h.publicityStartsOn, h.publicityEndsOn, h.plaqueNumber, h.verificationCode, h.namedOn, h.batch, h.rectificationDeadline,
        inscriptions.get(h.id)?.name ?? null, inscriptions.get(h.id)?.unitName ?? null, h.status === 'REVOKED' ? revocations.get(h.id) ?? null : null, now, now,
      ]),
    );
    await copyRows(
      tx, SCHEMA, 'honor_event',
      ['id', 'honor_id', 'action', 'from_status', 'to_status', 'actor', 'actor_role', 'at', 'note', 'changes'],
      seed.events.map((e) => [e.id, e.honorId, e.action, e.fromStatus, e.toStatus, e.actor, e.actorRole, e.at, e.note, e.changes]),
    );
    await copyRows(
      tx, SCHEMA, 'objection',
      ['id', 'honor_id', 'reason', 'contact', 'lodged_at', 'resolved_at', 'resolved_by', 'upheld', 'finding'],
      seed.objections.map((o) => [o.id, o.honorId, o.reason, o.contact, o.lodgedAt, o.resolvedAt, o.resolvedBy, o.upheld, o.finding]),
    );
    await copyRows(
      tx, SCHEMA, 'ledger_submission',
      ['id', 'campaign_id', 'unit_id', 'submitted_at', 'submitted_by', 'on_time'],
      seed.ledgerSubmissions.map((l) => [l.id, l.campaignId, l.unitId, l.submittedAt, l.submittedBy, l.onTime]),
    );
    // What each unit's ledger held when submitted, from the candidacies and histories just loaded.
    await recordLedgerContents(tx);
  });
}
