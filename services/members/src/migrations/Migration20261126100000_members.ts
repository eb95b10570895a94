import { Migration } from '@mikro-orm/migrations';
import { auditTableSql } from '@sfxd/kit';

/**
 * Members, their activities and the audit trail of the members subgraph. unit_id and team_id
 * name the units subgraph's rows: no foreign key crosses schemas.
 */
export class Migration20261126100000_members extends Migration {
  override async up(): Promise<void> {
    const s = '"members"';
    this.addSql(`create table ${s}."member" (
      "id" uuid primary key,
      "unit_id" uuid not null,
      "team_id" uuid null,
      "name" varchar(32) not null,
      "gender" varchar(8) not null check ("gender" in ('MALE', 'FEMALE')),
      "birth_date" date not null,
      "joined_party_on" date not null,
      "status" varchar(16) not null check ("status" in ('FULL', 'PROBATIONARY')),
      "position" varchar(64) not null,
      "phone" varchar(11) null check ("phone" ~ '^1[3-9][0-9]{9}$'),
      "version" integer not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    // The natural key: a person is known in a unit by name and birth date (roster imports match on it).
    this.addSql(`create unique index "member_natural_key_uq" on ${s}."member" ("unit_id", "name", "birth_date")`);
    // Pages by (name, id) within a unit or a team; counts per unit or team.
    this.addSql(`create index "member_unit_name_idx" on ${s}."member" ("unit_id", "name", "id")`);
    this.addSql(`create index "member_team_name_idx" on ${s}."member" ("team_id", "name", "id") where "team_id" is not null`);
    this.addSql(`create table ${s}."activity_record" (
      "id" uuid primary key,
      "member_id" uuid not null references ${s}."member" ("id") on update cascade,
      "unit_id" uuid not null,
      "type" varchar(32) not null check ("type" in ('POST_COMPETITION', 'SKILL_CONTEST', 'VOLUNTEER_SERVICE', 'GRASSROOTS_VISIT', 'POVERTY_PAIRING', 'PUBLIC_COMMITMENT')),
      "date" date not null,
      "hours" numeric(4,1) not null check ("hours" > 0 and "hours" <= 24),
      "title" varchar(128) not null,
      "description" text not null,
      "recorded_by" varchar(255) null,
      "created_at" timestamptz not null)`);
    this.addSql(`create index "activity_record_member_date_idx" on ${s}."activity_record" ("member_id", "date")`);
    this.addSql(`create index "activity_record_unit_date_idx" on ${s}."activity_record" ("unit_id", "date")`);
    for (const sql of auditTableSql('members')) this.addSql(sql);
  }
}
