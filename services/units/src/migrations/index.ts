import { Migration20261126000000_init } from './Migration20261126000000_init.js';
import { Migration20261126200000_pinyin_order } from './Migration20261126200000_pinyin_order.js';
import { Migration20261128000000_change_notices } from './Migration20261128000000_change_notices.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [
  { name: 'Migration20261126000000_init', class: Migration20261126000000_init },
  { name: 'Migration20261126200000_pinyin_order', class: Migration20261126200000_pinyin_order },
  { name: 'Migration20261128000000_change_notices', class: Migration20261128000000_change_notices },
];
