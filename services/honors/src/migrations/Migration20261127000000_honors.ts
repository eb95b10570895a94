import { Migration } from '@mikro-orm/migrations';
import { auditTableSql } from '@sfxd/kit';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const STATUSES = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED', 'WITHDRAWN'];
/** A live candidacy (the rules' DECLARED_STATUSES): one per subject and campaign. */
const LIVE = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING'];
const ACTIONS = [
  'START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME', 'REJECT', 'WITHDRAW',
  'COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE',
];

/**
 * Campaigns, the holiday schedules ADMIN adds (the State Council's shipped ones are data in code),
 * candidacies and honors with their events, objections and ledger submissions, and the audit
 * trail. subject_id, unit_id and industry_id name other subgraphs' rows: no foreign key crosses
 * schemas. The database itself keeps what must hold under concurrency: one campaign a year, one
 * live candidacy per subject and campaign, plaque numbers unique in a campaign.
 */
export class Migration20261127000000_honors extends Migration {
  override async up(): Promise<void> {
    const s = '"honors"';
    this.addSql(`create table ${s}."campaign" (
      "id" uuid primary key,
      "year" integer not null unique check ("year" between 2000 and 2100),
      "name" varchar(64) not null,
      "phases" jsonb not null,
      "ledger_due_on" date not null,
      "first_batch_by" date not null,
      "post_ratio" double precision not null check ("post_ratio" > 0 and "post_ratio" <= 1),
      "team_ratio" double precision not null check ("team_ratio" > 0 and "team_ratio" <= 1),
      "unit_ratio" double precision not null check ("unit_ratio" > 0 and "unit_ratio" <= 1),
      "industry_min" integer not null check ("industry_min" >= 0),
      "industry_max" integer not null check ("industry_max" >= 1 and "industry_max" >= "industry_min"),
      "weight_masses" double precision not null,
      "weight_peers" double precision not null,
      "weight_leaders" double precision not null,
      "publicity_working_days" integer not null check ("publicity_working_days" between 1 and 30),
      "version" integer not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create table ${s}."holiday_schedule" (
      "year" integer primary key check ("year" between 2000 and 2100),
      "holidays" jsonb not null,
      "make_up_workdays" jsonb not null,
      "created_by" varchar(255) not null,
      "created_at" timestamptz not null)`);
    this.addSql(`create table ${s}."honor" (
      "id" uuid primary key,
      "campaign_id" uuid not null references ${s}."campaign" ("id"),
      "tier" varchar(16) not null check ("tier" in ('POST', 'TEAM', 'UNIT', 'INDUSTRY')),
      "subject_id" uuid not null,
      "subject_kind" varchar(16) not null check ("subject_kind" in ('MEMBER', 'TEAM', 'UNIT', 'INDUSTRY')),
      "unit_id" uuid null,
      "industry_id" uuid not null,
      "status" varchar(16) not null check ("status" in (${list(STATUSES)})),
      "version" integer not null default 1,
      "declared_on" date not null,
      "declared_by" varchar(255) not null,
      "publicity_starts_on" date null,
      "publicity_ends_on" date null,
      "plaque_number" varchar(32) null,
      "verification_code" varchar(16) null unique,
      "named_on" date null,
      "batch" varchar(40) null,
      "rectification_deadline" date null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      check (("tier" = 'INDUSTRY') = ("unit_id" is null)),
      check (("publicity_starts_on" is null) = ("publicity_ends_on" is null)),
      check (("status" = 'RECTIFYING') = ("rectification_deadline" is not null)))`);
    this.addSql(`create unique index "honor_plaque_uq" on ${s}."honor" ("campaign_id", "plaque_number") where "plaque_number" is not null`);
    this.addSql(`create unique index "honor_live_subject_uq" on ${s}."honor" ("campaign_id", "subject_id") where "status" in (${list(LIVE)})`);
    // Lists by campaign, unit, tier and status; a subject's honors across campaigns.
    this.addSql(`create index "honor_campaign_unit_idx" on ${s}."honor" ("campaign_id", "unit_id", "tier", "status")`);
    this.addSql(`create index "honor_subject_idx" on ${s}."honor" ("subject_id")`);
    this.addSql(`create table ${s}."honor_event" (
      "id" uuid primary key,
      "honor_id" uuid not null references ${s}."honor" ("id"),
      "action" varchar(32) not null check ("action" in (${list(ACTIONS)})),
      "from_status" varchar(16) not null,
      "to_status" varchar(16) not null,
      "actor" varchar(255) not null,
      "actor_role" varchar(32) not null,
      "at" timestamptz not null,
      "note" varchar(500) null,
      "changes" jsonb not null default '{}')`);
    this.addSql(`create index "honor_event_honor_idx" on ${s}."honor_event" ("honor_id", "at")`);
    this.addSql(`create table ${s}."objection" (
      "id" uuid primary key,
      "honor_id" uuid not null references ${s}."honor" ("id"),
      "reason" varchar(500) not null,
      "contact" varchar(100) null,
      "client_address" varchar(64) null,
      "lodged_at" timestamptz not null,
      "resolved_at" timestamptz null,
      "resolved_by" varchar(255) null,
      "upheld" boolean null,
      "finding" varchar(500) null)`);
    this.addSql(`create index "objection_honor_idx" on ${s}."objection" ("honor_id")`);
    // The hourly limit per client address counts these.
    this.addSql(`create index "objection_client_idx" on ${s}."objection" ("client_address", "lodged_at")`);
    this.addSql(`create table ${s}."ledger_submission" (
      "id" uuid primary key,
      "campaign_id" uuid not null references ${s}."campaign" ("id"),
      "unit_id" uuid not null,
      "submitted_at" timestamptz not null,
      "submitted_by" varchar(255) not null,
      "on_time" boolean not null)`);
    this.addSql(`create index "ledger_submission_campaign_unit_idx" on ${s}."ledger_submission" ("campaign_id", "unit_id", "submitted_at")`);
    for (const sql of auditTableSql('honors')) this.addSql(sql);
  }
}
