import { Migration } from '@mikro-orm/migrations';

/** A unit's teams are listed in pinyin order (办公室, 综合科…), as Chinese users expect. */
export class Migration20261126200000_pinyin_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "units"."team" alter column "name" type varchar(128) collate "zh-x-icu"`);
  }
}
