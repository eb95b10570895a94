import { DriverException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';

/**
 * A database error carries the values of the statement that failed, in three places: MikroORM
 * inlines every parameter into the SQL before knex sends it, knex then prefixes that SQL to the
 * error message (`<sql> - <driver message>`, and so to the stack's first line), and PostgreSQL's
 * `detail` quotes the offending row or key ("Failing row contains (…)"). Names, birth dates and
 * phone numbers would reach the logs and, in development, the GraphQL answer. What is kept here is
 * what an operator needs and no value: the error class, the driver's code (SQLSTATE), the names of
 * the constraint, table and column, and the statement with every literal replaced by `?`.
 */
export interface SafeDatabaseError {
  type: string;
  message: string;
  code?: string;
  routine?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  statement?: string;
  stack?: string;
}

// Names of schema objects and of the server's C function: no values among them.
const NAMED_FIELDS = ['routine', 'schema', 'table', 'column', 'constraint'] as const;
const MAX_STATEMENT = 2000;
const SQL_START = /^\s*(?:select|insert|update|delete|with|set|create|alter|drop|grant|revoke|do|copy|truncate|begin|commit|rollback|savepoint|release|lock)\b/i;

export function isDatabaseError(error: unknown): error is DriverException | InstanceType<typeof pg.DatabaseError> {
  return error instanceof DriverException || error instanceof pg.DatabaseError;
}

/** The parts of a database error that carry no values (see `SafeDatabaseError`). */
export function safeDatabaseError(error: Error): SafeDatabaseError {
  const fields = error as unknown as Record<string, unknown>;
  const type = error.constructor?.name ?? error.name;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const statement = statementWithoutValues(error.message);
  const named: Partial<SafeDatabaseError> = {};
  for (const key of NAMED_FIELDS) if (typeof fields[key] === 'string') named[key] = fields[key] as string;
  const where = [code && `SQLSTATE ${code}`, named.constraint && `constraint ${named.constraint}`].filter(Boolean).join(', ');
  return {
    type,
    message: `Unexpected database error (${[type, where].filter(Boolean).join(', ')})${statement ? ` in: ${statement}` : ''}`,
    ...(code ? { code } : {}),
    ...named,
    ...(statement ? { statement } : {}),
    stack: framesOf(error),
  };
}

// The frames only: the first line of a stack repeats the message, values included.
const framesOf = (error: Error) => (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');

/**
 * What a logger may record of an error: a database error (itself or as the `cause` of another)
 * reduced to its value-free parts; anything else as pino's standard serializer has it.
 */
export function loggableError(error: unknown): unknown {
  // Already reduced (a call site did it before the logger's serializer sees it), or not an error at all.
  if (!(error instanceof Error)) return error;
  if (isDatabaseError(error)) return safeDatabaseError(error);
  if (error.cause !== undefined && causedByDatabase(error.cause)) {
    return { type: error.constructor?.name ?? error.name, message: error.message, stack: framesOf(error), cause: loggableError(error.cause) };
  }
  return pino.stdSerializers.err(error);
}

function causedByDatabase(error: unknown, depth = 0): boolean {
  if (isDatabaseError(error)) return true;
  return depth < 5 && error instanceof Error && error.cause !== undefined && causedByDatabase(error.cause, depth + 1);
}

/**
 * A development answer may explain an unexpected failure; for a database error it gets the
 * value-free description instead of the message and stack that carry the statement's values.
 */
export function withoutStatementValues(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!isDatabaseError(error)) return formatted;
  const safe = safeDatabaseError(error);
  const extensions = { ...formatted.extensions, ...(formatted.extensions?.stacktrace ? { stacktrace: [safe.message, ...(safe.stack ?? '').split('\n')] } : {}) };
  return { ...formatted, message: safe.message, extensions };
}

/**
 * `<sql> - <driver message>` (knex's shape) → the SQL with each string and number literal replaced
 * by `?`; undefined when the message does not have that shape. The driver's message is dropped:
 * it may quote a value too (`invalid input syntax for type uuid: "…"`). Everything after the first
 * ` - ` outside a literal or quoted name is dropped, so a statement that subtracts is cut short,
 * never leaked.
 */
export function statementWithoutValues(message: string): string | undefined {
  if (!SQL_START.test(message)) return undefined;
  let out = '';
  let i = 0;
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_$]/u.test(ch);
  while (i < message.length) {
    const ch = message[i]!;
    if (message.startsWith(' - ', i)) {
      const statement = out.trim();
      if (!statement) return undefined;
      return statement.length > MAX_STATEMENT ? `${statement.slice(0, MAX_STATEMENT)}…` : statement;
    }
    // 'text' with '' for a quote, or E'text' (pg's escapeLiteral, when the text has a backslash) with \-escapes.
    const escaped = (ch === 'E' || ch === 'e') && message[i + 1] === "'" && !isWord(message[i - 1]);
    if (ch === "'" || escaped) {
      i += escaped ? 2 : 1;
      let closed = false;
      while (i < message.length) {
        const c = message[i]!;
        if (escaped && c === '\\') {
          i += 2;
        } else if (c === "'" && message[i + 1] === "'") {
          i += 2;
        } else if (c === "'") {
          i += 1;
          closed = true;
          break;
        } else {
          i += 1;
        }
      }
      if (!closed) return undefined;
      out += '?';
      continue;
    }
    if (ch === '"') {
      let end = i + 1;
      while (end < message.length && !(message[end] === '"' && message[end + 1] !== '"')) end += message[end] === '"' ? 2 : 1;
      if (end >= message.length) return undefined;
      out += message.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (/[0-9]/.test(ch) && !isWord(message[i - 1])) {
      const number = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(message.slice(i))![0];
      i += number.length;
      out += '?';
      continue;
    }
    // pg's escapeLiteral puts a space before E'…': one space, not two, once the literal is gone.
    if (!(/\s/.test(ch) && /\s$/.test(out))) out += ch;
    i += 1;
  }
  return undefined;
}
