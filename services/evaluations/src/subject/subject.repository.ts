import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import type { RoundSubject } from './subject.kind.js';

interface SubjectRow {
  subject_id: string;
  subject_kind: RoundSubject['kind'];
  tier: RoundSubject['tier'];
  unit_id: string | null;
  industry_id: string;
  honor_id: string | null;
}

const fromRow = (r: SubjectRow): RoundSubject => ({
  subjectId: r.subject_id, kind: r.subject_kind, tier: r.tier, unitId: r.unit_id, industryId: r.industry_id, honorId: r.honor_id,
});

/** The subjects registered in rounds: what their owners said they are, asked once. */
export class SubjectRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Registers subjects in one statement (a JSON array of rows); a subject already registered takes
   * what its owners say now, and keeps a candidacy it had when none is given.
   */
  async register(roundId: string, subjects: readonly RoundSubject[]): Promise<void> {
    if (subjects.length === 0) return;
    const rows = JSON.stringify(subjects.map((s) => ({
      round_id: roundId, subject_id: s.subjectId, subject_kind: s.kind, tier: s.tier, unit_id: s.unitId, industry_id: s.industryId,
      honor_id: s.honorId, registered_at: new Date().toISOString(),
    })));
    const t = `"${SCHEMA}"."subject"`;
    await this.em.getConnection().execute(
      `insert into ${t} (round_id, subject_id, subject_kind, tier, unit_id, industry_id, honor_id, registered_at)
       select round_id, subject_id, subject_kind, tier, unit_id, industry_id, honor_id, registered_at from json_populate_recordset(null::${t}, ?::json)
       on conflict (round_id, subject_id) do update set subject_kind = excluded.subject_kind, tier = excluded.tier, unit_id = excluded.unit_id,
         industry_id = excluded.industry_id, honor_id = coalesce(excluded.honor_id, ${t}.honor_id)`,
      [rows], 'run', this.em.getTransactionContext());
  }

  /** A registered subject by its id, or by the id of its candidacy. */
  async find(roundId: string, id: string): Promise<RoundSubject | null> {
    if (!isUuid(id)) return null;
    const rows = await this.em.getConnection().execute<SubjectRow[]>(
      `select subject_id, subject_kind, tier, unit_id, industry_id, honor_id from "${SCHEMA}"."subject"
       where round_id = ? and (subject_id = ? or honor_id = ?) order by (subject_id = ?) desc limit 1`,
      [roundId, id, id, id], 'all', this.em.getTransactionContext());
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /** The subjects of a unit in a round (the unit's industry included when its tier is evaluated). */
  async ofUnit(roundId: string, unitId: string, industryId: string | null): Promise<RoundSubject[]> {
    const rows = await this.em.getConnection().execute<SubjectRow[]>(
      `select subject_id, subject_kind, tier, unit_id, industry_id, honor_id from "${SCHEMA}"."subject"
       where round_id = ? and (unit_id = ? or (unit_id is null and industry_id = ?)) order by tier, subject_id`,
      [roundId, unitId, industryId], 'all', this.em.getTransactionContext());
    return rows.map(fromRow);
  }

  /** The subjects of a unit in a round with its industry's, the industry known from the unit's own subjects. */
  async ofUnitAndIndustry(roundId: string, unitId: string): Promise<RoundSubject[]> {
    const t = `"${SCHEMA}"."subject"`;
    const rows = await this.em.getConnection().execute<SubjectRow[]>(
      `select subject_id, subject_kind, tier, unit_id, industry_id, honor_id from ${t}
       where round_id = ? and (unit_id = ? or (unit_id is null and industry_id in (select industry_id from ${t} where round_id = ? and unit_id = ?)))
       order by tier, subject_id`,
      [roundId, unitId, roundId, unitId], 'all', this.em.getTransactionContext());
    return rows.map(fromRow);
  }
}
