import { Migration } from '@mikro-orm/migrations';
import { auditTableSql } from '@sfxd/kit';
import { ALL_CRITERIA, EVALUATOR_KINDS, HONOR_TIERS, ROUND_KINDS } from '../criteria/criteria.names.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const SUBJECT_KINDS = ['MEMBER', 'TEAM', 'UNIT', 'INDUSTRY'];

/**
 * Rounds, the subjects registered in them, ballots (only the codes' hashes), evaluations with one
 * row per criterion's score, refused ballot codes per client address, and the audit trail.
 * campaign_id, subject_id, unit_id, industry_id, honor_id and evaluator_member_id name other
 * subgraphs' rows: no foreign key crosses schemas. The database keeps what must hold under
 * concurrency: a code's hash is unique, one peer evaluation per evaluator, subject and round, one
 * current leader evaluation per leader, subject and round.
 */
export class Migration20261127130000_evaluations extends Migration {
  override async up(): Promise<void> {
    const s = '"evaluations"';
    this.addSql(`create table ${s}."round" (
      "id" uuid primary key,
      "campaign_id" uuid not null,
      "campaign_year" integer not null check ("campaign_year" between 2000 and 2100),
      "name" varchar(64) not null,
      "kind" varchar(24) not null check ("kind" in (${list(ROUND_KINDS)})),
      "opens_on" date not null,
      "closes_on" date not null,
      "tiers" varchar(16)[] not null check (cardinality("tiers") between 1 and 4 and "tiers" <@ array[${list(HONOR_TIERS)}]::varchar(16)[]),
      "weight_masses" numeric(5, 4) not null check ("weight_masses" between 0 and 1),
      "weight_peers" numeric(5, 4) not null check ("weight_peers" between 0 and 1),
      "weight_leaders" numeric(5, 4) not null check ("weight_leaders" between 0 and 1),
      "closed_at" timestamptz null,
      "closed_by" varchar(255) null,
      "created_by" varchar(255) not null,
      "version" integer not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      check ("closes_on" >= "opens_on"),
      check ("weight_masses" + "weight_peers" + "weight_leaders" = 1))`);
    this.addSql(`create index "round_campaign_idx" on ${s}."round" ("campaign_id", "opens_on")`);
    this.addSql(`create table ${s}."subject" (
      "round_id" uuid not null references ${s}."round" ("id"),
      "subject_id" uuid not null,
      "subject_kind" varchar(16) not null check ("subject_kind" in (${list(SUBJECT_KINDS)})),
      "tier" varchar(16) not null check ("tier" in (${list(HONOR_TIERS)})),
      "unit_id" uuid null,
      "industry_id" uuid not null,
      "honor_id" uuid null,
      "registered_at" timestamptz not null,
      primary key ("round_id", "subject_id"),
      check (("tier" = 'INDUSTRY') = ("unit_id" is null)))`);
    this.addSql(`create index "subject_round_unit_idx" on ${s}."subject" ("round_id", "unit_id")`);
    this.addSql(`create table ${s}."ballot" (
      "id" uuid primary key,
      "round_id" uuid not null references ${s}."round" ("id"),
      "unit_id" uuid not null,
      "industry_id" uuid not null,
      "kind" varchar(8) not null check ("kind" in ('MASSES', 'PEERS')),
      "code_hash" char(64) not null unique,
      "evaluator_member_id" uuid null,
      "batch_id" uuid not null,
      "issued_at" timestamptz not null,
      "issued_by" varchar(255) not null,
      "used_at" timestamptz null,
      check (("kind" = 'PEERS') = ("evaluator_member_id" is not null)),
      check ("kind" = 'MASSES' or "used_at" is null))`);
    this.addSql(`create index "ballot_round_unit_idx" on ${s}."ballot" ("round_id", "unit_id", "kind")`);
    this.addSql(`create table ${s}."evaluation" (
      "id" uuid primary key,
      "round_id" uuid not null references ${s}."round" ("id"),
      "subject_id" uuid not null,
      "subject_kind" varchar(16) not null check ("subject_kind" in (${list(SUBJECT_KINDS)})),
      "tier" varchar(16) not null check ("tier" in (${list(HONOR_TIERS)})),
      "unit_id" uuid null,
      "industry_id" uuid not null,
      "honor_id" uuid null,
      "kind" varchar(8) not null check ("kind" in (${list(EVALUATOR_KINDS)})),
      "source" varchar(8) not null default 'ONLINE' check ("source" in ('ONLINE', 'PAPER')),
      "evaluator_member_id" uuid null,
      "evaluator_sub" varchar(255) null,
      "score_sum" integer not null check ("score_sum" between 0 and 100 * "criteria_count"),
      "criteria_count" smallint not null check ("criteria_count" between 3 and 4),
      "comment" varchar(500) null,
      "submitted_at" timestamptz not null,
      "superseded_at" timestamptz null,
      "superseded_by" uuid null,
      check (("kind" = 'PEERS') = ("evaluator_member_id" is not null)),
      check (("kind" = 'LEADERS') = ("evaluator_sub" is not null)),
      check ("kind" = 'LEADERS' or "superseded_at" is null),
      check (("tier" = 'INDUSTRY') = ("unit_id" is null)))`);
    this.addSql(`create unique index "evaluation_peer_uq" on ${s}."evaluation" ("round_id", "subject_id", "evaluator_member_id") where "kind" = 'PEERS'`);
    this.addSql(`create unique index "evaluation_leader_uq" on ${s}."evaluation" ("round_id", "subject_id", "evaluator_sub") where "kind" = 'LEADERS' and "superseded_at" is null`);
    this.addSql(`create index "evaluation_round_subject_idx" on ${s}."evaluation" ("round_id", "subject_id")`);
    this.addSql(`create index "evaluation_round_honor_idx" on ${s}."evaluation" ("round_id", "honor_id") where "honor_id" is not null`);
    this.addSql(`create index "evaluation_round_unit_idx" on ${s}."evaluation" ("round_id", "unit_id")`);
    this.addSql(`create index "evaluation_industry_idx" on ${s}."evaluation" ("industry_id", "round_id")`);
    this.addSql(`create table ${s}."evaluation_score" (
      "evaluation_id" uuid not null references ${s}."evaluation" ("id"),
      "criterion" varchar(24) not null check ("criterion" in (${list(ALL_CRITERIA)})),
      "score" smallint not null check ("score" between 0 and 100),
      primary key ("evaluation_id", "criterion"))`);
    // Refused ballot codes per client address: the guessing limit counts these (see evaluation.service.ts).
    this.addSql(`create table ${s}."ballot_refusal" (
      "client_address" varchar(64) not null,
      "at" timestamptz not null)`);
    this.addSql(`create index "ballot_refusal_client_idx" on ${s}."ballot_refusal" ("client_address", "at")`);
    for (const sql of auditTableSql('evaluations')) this.addSql(sql);
  }
}
