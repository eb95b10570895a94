import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { columnsFor, requestedFields, timestampOf } from './read.js';

/** What a resolver of the document's first top-level field would get as `info`. */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('the fields a raw read is asked for', () => {
  it('names the fields under aliases, inline fragments and named fragments', () => {
    const info = infoOf('{ units { label: name ... on Unit { code } ...More } } fragment More on Unit { teams { id } ...More2 } fragment More2 on Unit { id }');
    expect([...requestedFields(info)].sort()).toEqual(['code', 'id', 'name', 'teams']);
  });

  it('selects the columns of the asked fields, and every column as soon as one asked field is unknown', () => {
    const columnsOf = { id: [], name: ['name'], code: ['code'] };
    expect(columnsFor(new Set(['id', 'name']), columnsOf, ['id'], 'ALL')).toBe('id, name');
    expect(columnsFor(new Set(['name', 'other']), columnsOf, ['id'], 'ALL')).toBe('ALL');
    expect(columnsFor(new Set(['toString']), columnsOf, ['id'], 'ALL')).toBe('ALL');
  });
});

describe('a timestamp of a raw read', () => {
  it('reads PostgreSQL’s text of a timestamptz in any offset, to the millisecond', () => {
    expect(timestampOf('2026-11-27 13:08:29.779+00').toISOString()).toBe('2026-11-27T13:08:29.779Z');
    expect(timestampOf('2026-11-27 13:08:29.779123+00').toISOString()).toBe('2026-11-27T13:08:29.779Z');
    expect(timestampOf('2026-11-27 18:38:29+05:30').toISOString()).toBe('2026-11-27T13:08:29.000Z');
    expect(timestampOf('2026-11-27 08:08:29.5-05').toISOString()).toBe('2026-11-27T13:08:29.500Z');
  });

  it('passes dates and null through', () => {
    const date = new Date();
    expect(timestampOf(date)).toBe(date);
    expect(timestampOf(null)).toBeNull();
  });
});
