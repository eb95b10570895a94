import { Migration20261126000000_init } from './Migration20261126000000_init.js';

/** Every migration in order. Listed explicitly so that nothing depends on scanning folders at run time. */
export const migrations = [{ name: 'Migration20261126000000_init', class: Migration20261126000000_init }];
