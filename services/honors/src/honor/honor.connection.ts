import { FieldsAccess, PageInfo, Rule, checkPageSize, decodeCursor, encodeCursor, isIsoDate, isUuid, refuse, type Problem } from '@sfxd/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Honor } from './honor.entity.js';
import { HonorRepository, type HonorFilter } from './honor.repository.js';

@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType()
export class HonorEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Honor)
  node!: Honor;
}

@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: 'A page of candidacies and honors, by declaration date' })
export class HonorConnection {
  @Field(() => [HonorEdge])
  edges!: HonorEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for. */
  private count!: () => Promise<number>;

  @Field(() => Int, { description: 'Candidacies matching the filters, on every page together' })
  get totalCount(): Promise<number> {
    return this.count();
  }

  static of(edges: HonorEdge[], pageInfo: PageInfo, count: () => Promise<number>): HonorConnection {
    return Object.assign(new HonorConnection(), { edges, pageInfo, count });
  }

  static empty(): HonorConnection {
    return HonorConnection.of([], { hasNextPage: false, endCursor: null }, async () => 0);
  }
}

/** The (declaredOn, id) a cursor of this list carries, or the problem with it. */
function cursorKey(after: string): { key: [string, string] } | { problems: Problem[] } {
  const decoded = decodeCursor(after, 2);
  if ('problems' in decoded) return decoded;
  const [on, id] = decoded.key;
  if (typeof on !== 'string' || !isIsoDate(on) || typeof id !== 'string' || !isUuid(id)) {
    return { problems: [{ field: 'after', message: 'after is not a cursor this list gave out' }] };
  }
  return { key: [on, id] };
}

/** One page of a campaign's candidacies. */
export async function honorPage(repository: HonorRepository, filter: HonorFilter, first: number, after: string | null | undefined): Promise<HonorConnection> {
  const problems = checkPageSize(first);
  const cursor = after == null ? null : cursorKey(after);
  if (cursor && 'problems' in cursor) problems.push(...cursor.problems);
  refuse(problems);
  const page = await repository.page(filter, first, cursor ? (cursor as { key: [string, string] }).key : null);
  const edges = page.rows.map((node) => ({ cursor: encodeCursor([node.declaredOn, node.id]), node }));
  return HonorConnection.of(edges, { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, () => repository.count(filter));
}
