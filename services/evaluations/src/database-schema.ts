/** The PostgreSQL schema this subgraph owns (and its name in the supergraph); it never touches another. */
export const SCHEMA = 'evaluations';
