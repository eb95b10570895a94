import type { SeedData } from '@sfxd/seed';
import type { HonorsSeed } from '../seed/honors.seed.js';
import type { Inscription } from './plaque.inscription.js';

/**
 * The demo honors' inscriptions, from the same seed data the honors were generated from (the
 * names members and units load): what `transitionHonor` asks the owners for at PUBLICIZE and
 * NAME. Keyed by honor id, for every honor that was ever publicized or named.
 */
export function seedInscriptions(seed: HonorsSeed, data: SeedData): Map<string, Inscription> {
  const names = new Map<string, string>();
  for (const list of [data.members, data.teams, data.units, data.industries]) for (const r of list) names.set(r.id, r.name);
  const out = new Map<string, Inscription>();
  for (const h of seed.honors) {
    if (!h.verificationCode && !h.publicityStartsOn) continue;
    const name = names.get(h.subjectId);
    if (name === undefined) continue;
    out.set(h.id, { name, unitName: h.unitId ? names.get(h.unitId) ?? null : null });
  }
  return out;
}

/** The day (Beijing) each demo honor was revoked, from the event that revoked it. */
export function seedRevocations(seed: HonorsSeed, timeZone = process.env.TZ_BUSINESS ?? 'Asia/Shanghai'): Map<string, string> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const out = new Map<string, string>();
  for (const e of seed.events) if (e.toStatus === 'REVOKED') out.set(e.honorId, day.format(new Date(e.at)));
  return out;
}
