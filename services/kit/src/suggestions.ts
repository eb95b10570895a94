/**
 * graphql-js appends ` Did you mean "a", "b", or "c"?` (optionally `the enum value …` or `to use an
 * inline fragment on …`) to validation and coercion messages. In production that lists field,
 * argument, type, input-field and enum names to a probe that has no introspection; the sentence
 * before it still says what was wrong.
 */
const SUGGESTION = /\s*Did you mean (?:[a-z][a-z ]* )?"[^"]*"(?:(?:, or|,| or) "[^"]*")*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
