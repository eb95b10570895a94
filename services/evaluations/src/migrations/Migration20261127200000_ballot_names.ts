import { Migration } from '@mikro-orm/migrations';

/**
 * The names of a round's subjects and of their unit, as the owners gave them to the issuer of
 * ballots: a ballot's holder has no account, so the public ballot form (`ballot(code)`) shows
 * them from here rather than asking the owners anonymously (who would refuse members' names).
 * Null for subjects registered before, or by a leader's evaluation: the form then shows no name.
 */
export class Migration20261127200000_ballot_names extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "evaluations"."subject" add column "name" varchar(200) null, add column "unit_name" varchar(200) null`);
  }
}
