import { Migration } from '@mikro-orm/migrations';

/**
 * The rest of the naming procedure: what a plaque's public record says, and objections kept
 * consistent by the database.
 *
 * - `plaque_name`, `plaque_unit_name`: the inscription — the subject's and its unit's names as
 *   their owners (members, units) gave them when the honor was named. The public record answers
 *   from them, so an anonymous lookup never asks another subgraph anything; a later renaming does
 *   not change what was engraved. Honors named before this migration keep null (their owners'
 *   names are in other schemas, which no migration of this one reads).
 * - `revoked_on`: the day a plaque was revoked (取消命名), the committee's business day, set by the
 *   transition; for honors revoked before it (and demo data), the public record takes the day
 *   (Beijing) of the event that revoked them.
 * - an objection is resolved all at once: when, by whom, upheld or not, and the finding.
 */
export class Migration20261127100000_procedure extends Migration {
  override async up(): Promise<void> {
    const s = '"honors"';
    this.addSql(`alter table ${s}."honor" add column "plaque_name" varchar(128) null, add column "plaque_unit_name" varchar(128) null, add column "revoked_on" date null`);
    this.addSql(`alter table ${s}."objection" add constraint "objection_resolution_ck" check (
      ("resolved_at" is null) = ("resolved_by" is null) and ("resolved_at" is null) = ("upheld" is null) and ("resolved_at" is null) = ("finding" is null))`);
    // CONFIRM counts a candidacy's open and upheld objections.
    this.addSql(`create index "objection_open_idx" on ${s}."objection" ("honor_id") where "resolved_at" is null`);
  }
}
