/**
 * The kit's one shape of an input problem (a field path such as `phases[1].endsOn`, and a message
 * Chinese first, English in brackets); the services answer the first one with the kit's `refuse`.
 * Re-exported so the pure rules name it without reaching into the kit's runtime.
 */
export type { Problem } from '@sfxd/kit';
