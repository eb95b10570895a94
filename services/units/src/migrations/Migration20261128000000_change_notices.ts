import { Migration } from '@mikro-orm/migrations';
import { changeNoticeSql } from '@sfxd/kit';

/** Each committed write is announced to every process's answer cache (see AnswerCache). */
export class Migration20261128000000_change_notices extends Migration {
  override async up(): Promise<void> {
    for (const sql of changeNoticeSql('units')) this.addSql(sql);
  }
}
