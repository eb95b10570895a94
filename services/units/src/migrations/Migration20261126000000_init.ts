import { Migration } from '@mikro-orm/migrations';
import { auditTableSql } from '@sfxd/kit';

/** Industries, units, teams and the audit trail of the units subgraph. */
export class Migration20261126000000_init extends Migration {
  override async up(): Promise<void> {
    const s = '"units"';
    this.addSql(`create table ${s}."industry" (
      "id" uuid primary key,
      "code" varchar(32) not null unique,
      "name" varchar(64) not null,
      "version" integer not null default 1,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    // Names are unique among the industries still in use; an archived one frees its name.
    this.addSql(`create unique index "industry_name_active_uq" on ${s}."industry" ("name") where "archived_at" is null`);
    this.addSql(`create index "industry_name_index" on ${s}."industry" ("name")`);
    this.addSql(`create table ${s}."unit" (
      "id" uuid primary key,
      "code" varchar(32) not null unique,
      "name" varchar(128) not null unique,
      "industry_id" uuid not null references ${s}."industry" ("id") on update cascade,
      "excluded" boolean not null default false,
      "version" integer not null default 1,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "unit_industry_id_index" on ${s}."unit" ("industry_id")`);
    this.addSql(`create table ${s}."team" (
      "id" uuid primary key,
      "unit_id" uuid not null references ${s}."unit" ("id") on update cascade,
      "name" varchar(128) not null,
      "version" integer not null default 1,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "team_unit_id_index" on ${s}."team" ("unit_id")`);
    this.addSql(`create unique index "team_unit_name_active_uq" on ${s}."team" ("unit_id", "name") where "archived_at" is null`);
    for (const sql of auditTableSql('units')) this.addSql(sql);
  }
}
