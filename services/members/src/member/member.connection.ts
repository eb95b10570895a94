import { FieldsAccess, PageInfo, Rule, checkPageSize, checkText, decodeCursor, encodeCursor, isUuid, refuse, type Problem } from '@sfxd/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context.js';
import { Member } from './member.entity.js';
import { ALL, type MemberScope } from './member.repository.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType()
export class MemberEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Member)
  node!: Member;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'A page of members, by name' })
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges!: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for, through a loader that counts every parent in one statement. */
  private count!: () => Promise<number>;

  @Field(() => Int, { description: 'Members matching the search, on every page together' })
  get totalCount(): Promise<number> {
    return this.count();
  }

  static of(edges: MemberEdge[], pageInfo: PageInfo, count: () => Promise<number>): MemberConnection {
    return Object.assign(new MemberConnection(), { edges, pageInfo, count });
  }

  static empty(): MemberConnection {
    return MemberConnection.of([], { hasNextPage: false, endCursor: null }, async () => 0);
  }
}

export interface PageRequest {
  first: number;
  after?: string | null;
  search?: string | null;
  /** Only this unit's members (a UNIT_ADMIN looking at a team), whatever the scope. */
  confinedTo?: string | null;
}

/** Searches are for a name or a position, as typed. */
export const SEARCH_MAX = 32;

/** The problems of a page request: one pure check per argument, each naming it. */
export function checkPageRequest(request: PageRequest): Problem[] {
  const problems = checkPageSize(request.first);
  if (request.search) problems.push(...checkText(request.search.trim(), 'search', SEARCH_MAX));
  if (request.after != null) {
    const cursor = cursorKey(request.after);
    if ('problems' in cursor) problems.push(...cursor.problems);
  }
  return problems;
}

/** The (name, id) a cursor of this list carries. */
function cursorKey(after: string): { key: [string, string] } | { problems: Problem[] } {
  const decoded = decodeCursor(after, 2);
  if ('problems' in decoded) return decoded;
  const [name, id] = decoded.key;
  if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) return { problems: [{ field: 'after', message: 'after is not a cursor this list gave out' }] };
  return { key: [name, id] };
}

/** What a client typed, as a LIKE pattern matching it anywhere, or null for no search. */
function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  return text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/** A page of one unit's, one team's or (scope null) everyone's members, batched with its siblings. */
export async function memberPage(ctx: Context, scope: MemberScope, parentId: string, request: PageRequest): Promise<MemberConnection> {
  refuse(checkPageRequest(request));
  const { first } = request;
  const after = request.after == null ? null : (cursorKey(request.after) as { key: [string, string] }).key;
  const search = searchPattern(request.search);
  const id = scope ? parentId : ALL;
  const confinedTo = request.confinedTo ?? null;
  const page = await ctx.loaders.memberPage.load({ args: { scope, first, after, search, confinedTo }, id });
  const edges = page.rows.map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));
  return MemberConnection.of(
    edges,
    { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    () => ctx.loaders.memberCount.load({ args: { scope, search, confinedTo }, id }),
  );
}
