import { Migration } from '@mikro-orm/migrations';

/**
 * Rosters are read in pinyin order (安, 何, 李, 王…), as Chinese users expect, not in code-point
 * order (于, 任, 何, 余…). ICU's Chinese collation is deterministic, so equality (the natural
 * key) is unchanged; the indexes on name are rebuilt with it.
 */
export class Migration20261126200000_pinyin_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "members"."member" alter column "name" type varchar(32) collate "zh-x-icu"`);
  }
}
