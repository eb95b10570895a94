import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD` (DESIGN.md §5). Values are kept as strings in TypeScript. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
});

/** An instant, ISO 8601 with time zone. */
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), name: 'DateTime' });

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to clients but UUIDs inside: anything else cannot name a row. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
