import { Migration20261127000000_honors } from './Migration20261127000000_honors.js';
import { Migration20261127100000_procedure } from './Migration20261127100000_procedure.js';
import { Migration20261127110000_ledgers } from './Migration20261127110000_ledgers.js';
import { Migration20261128000000_change_notices } from './Migration20261128000000_change_notices.js';
import { Migration20261128010000_analytics_indexes } from './Migration20261128010000_analytics_indexes.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [
  { name: 'Migration20261127000000_honors', class: Migration20261127000000_honors },
  { name: 'Migration20261127100000_procedure', class: Migration20261127100000_procedure },
  { name: 'Migration20261127110000_ledgers', class: Migration20261127110000_ledgers },
  { name: 'Migration20261128000000_change_notices', class: Migration20261128000000_change_notices },
  { name: 'Migration20261128010000_analytics_indexes', class: Migration20261128010000_analytics_indexes },
];
