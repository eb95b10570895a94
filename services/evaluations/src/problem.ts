/**
 * One thing wrong with an input, named by the field it is about (`scores.POST_DUTY`, `comment`,
 * `weights.masses`) so that a form or the paper-ballot import can point at it. Messages are
 * Chinese first, English in brackets, like the other services'. The service answers the first
 * problem as `BAD_USER_INPUT` with `extensions.field`.
 */
export interface Problem {
  field: string;
  message: string;
}
