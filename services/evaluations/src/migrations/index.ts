import { Migration20261127130000_evaluations } from './Migration20261127130000_evaluations.js';
import { Migration20261127200000_ballot_names } from './Migration20261127200000_ballot_names.js';
import { Migration20261128000000_change_notices } from './Migration20261128000000_change_notices.js';
import { Migration20261128010000_analytics_indexes } from './Migration20261128010000_analytics_indexes.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [
  { name: 'Migration20261127130000_evaluations', class: Migration20261127130000_evaluations },
  { name: 'Migration20261127200000_ballot_names', class: Migration20261127200000_ballot_names },
  { name: 'Migration20261128000000_change_notices', class: Migration20261128000000_change_notices },
  { name: 'Migration20261128010000_analytics_indexes', class: Migration20261128010000_analytics_indexes },
];
