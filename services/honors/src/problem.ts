/**
 * One thing wrong with an input, named by the field it is about (a path such as
 * `phases[1].endsOn` for nested input) so that a form or an import can point at it. Messages are
 * Chinese first, English in brackets, like the members subgraph's. The service answers the first
 * problem as `BAD_USER_INPUT` with `extensions.field`.
 */
export interface Problem {
  field: string;
  message: string;
}
