import { Migration } from '@mikro-orm/migrations';

/**
 * What a unit's ledger held when it was submitted (台账报送): its live candidacies per tier and
 * how many of them were named, so that the committee sees what was sent. Null on submissions
 * recorded before these columns existed.
 */
export class Migration20261127110000_ledgers extends Migration {
  override async up(): Promise<void> {
    const t = '"honors"."ledger_submission"';
    for (const column of ['posts', 'teams', 'units', 'named']) {
      this.addSql(`alter table ${t} add column "${column}" integer null check ("${column}" >= 0)`);
    }
  }
}
