import { Migration20261127000000_honors } from './Migration20261127000000_honors.js';
import { Migration20261127100000_procedure } from './Migration20261127100000_procedure.js';
import { Migration20261127110000_ledgers } from './Migration20261127110000_ledgers.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [
  { name: 'Migration20261127000000_honors', class: Migration20261127000000_honors },
  { name: 'Migration20261127100000_procedure', class: Migration20261127100000_procedure },
  { name: 'Migration20261127110000_ledgers', class: Migration20261127110000_ledgers },
];
