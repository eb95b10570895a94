import { Migration20261127000000_honors } from './Migration20261127000000_honors.js';
import { Migration20261127100000_procedure } from './Migration20261127100000_procedure.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [
  { name: 'Migration20261127000000_honors', class: Migration20261127000000_honors },
  { name: 'Migration20261127100000_procedure', class: Migration20261127100000_procedure },
];
