import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD` (DESIGN.md §5). Values are kept as strings in TypeScript. */
const localDate = LocalDateResolver.toConfig();
const dateMessage = (value: unknown) => `Date must be a real calendar date written YYYY-MM-DD, not ${JSON.stringify(value)}`;

export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  // graphql-scalars' messages name its own scalar (LocalDate); ours names the one clients see.
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new GraphQLError(dateMessage(value));
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new GraphQLError(dateMessage(ast.kind === Kind.STRING ? ast.value : ast.kind));
    return ast.value;
  },
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

/**
 * Today's date where the platform's users are (China Standard Time by default, `TZ_BUSINESS` to
 * change it): a date "in the future" or a file's date must not depend on the server's UTC clock.
 *
 * `BUSINESS_DATE` (YYYY-MM-DD) fixes that day for a rehearsal or a test — the 2016 demo campaign
 * can then be run as in 2016: publicity windows opened, ended and confirmed on the plan's dates.
 * It is read on every call (a test moves it forward to let a window end), applies only when no
 * `now` is passed, and is refused in production (see `assertProductionSecrets`; ignored here too).
 * Record timestamps (events, audit, objections' lodging times) stay real instants.
 */
export function businessToday(now?: Date, timeZone = process.env.TZ_BUSINESS ?? 'Asia/Shanghai'): string {
  if (now === undefined) {
    const fixed = process.env.BUSINESS_DATE;
    if (fixed && process.env.NODE_ENV !== 'production') {
      if (!isIsoDate(fixed)) throw new RangeError(`BUSINESS_DATE must be a date written YYYY-MM-DD, not ${JSON.stringify(fixed)}`);
      return fixed;
    }
  }
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now ?? new Date());
}
