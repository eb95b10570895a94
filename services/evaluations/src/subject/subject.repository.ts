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

/** Names as the owners gave them to the issuer of ballots. */
export interface SubjectLabels {
  names: ReadonlyMap<string, string>;
  unitName: string;
}

export interface LabelledSubject extends RoundSubject {
  name: string | null;
  unitName: string | null;
}

const fromRow = (r: SubjectRow): RoundSubject => ({
  subjectId: r.subject_id, kind: r.subject_kind, tier: r.tier, unitId: r.unit_id, industryId: r.industry_id, honorId: r.honor_id,
});

/** The subjects registered in rounds: what their owners said they are, asked once. */
export class SubjectRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Registers subjects in one statement (a JSON array of rows); a subject already registered takes
   * what its owners say now, and keeps a candidacy it had when none is given. `labels`, when the
   * owners were asked for names (issuing ballots), keeps each subject's name and its unit's for
   * the public ballot form; a registration without them keeps the names known before.
   */
  async register(roundId: string, subjects: readonly RoundSubject[], labels?: SubjectLabels): Promise<void> {
    if (subjects.length === 0) return;
    const rows = JSON.stringify(subjects.map((s) => ({
      round_id: roundId, subject_id: s.subjectId, subject_kind: s.kind, tier: s.tier, unit_id: s.unitId, industry_id: s.industryId,
      honor_id: s.honorId, registered_at: new Date().toISOString(),
      name: labels?.names.get(s.subjectId)?.slice(0, 200) ?? null, unit_name: s.unitId && labels ? labels.unitName.slice(0, 200) : null,
    })));
    const t = `"${SCHEMA}"."subject"`;
    await this.em.getConnection().execute(
      `insert into ${t} (round_id, subject_id, subject_kind, tier, unit_id, industry_id, honor_id, registered_at, name, unit_name)
       select round_id, subject_id, subject_kind, tier, unit_id, industry_id, honor_id, registered_at, name, unit_name from json_populate_recordset(null::${t}, ?::json)
       on conflict (round_id, subject_id) do update set subject_kind = excluded.subject_kind, tier = excluded.tier, unit_id = excluded.unit_id,
         industry_id = excluded.industry_id, honor_id = coalesce(excluded.honor_id, ${t}.honor_id),
         name = coalesce(excluded.name, ${t}.name), unit_name = coalesce(excluded.unit_name, ${t}.unit_name)`,
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

  /**
   * What a ballot of this unit may score in a round, with the names kept at issue: the unit's
   * subjects and its industry's (an industry's row has no unit; the ballot names the industry).
   */
  async ofBallot(roundId: string, unitId: string, industryId: string): Promise<LabelledSubject[]> {
    const rows = await this.em.getConnection().execute<(SubjectRow & { name: string | null; unit_name: string | null })[]>(
      `select subject_id, subject_kind, tier, unit_id, industry_id, honor_id, name, unit_name from "${SCHEMA}"."subject"
       where round_id = ? and (unit_id = ? or (unit_id is null and industry_id = ?))
       order by array_position(array['POST', 'TEAM', 'UNIT', 'INDUSTRY']::varchar[], tier), name, subject_id`,
      [roundId, unitId, industryId], 'all', this.em.getTransactionContext());
    return rows.map((r) => ({ ...fromRow(r), name: r.name, unitName: r.unit_name }));
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
