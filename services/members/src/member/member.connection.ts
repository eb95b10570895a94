import { FieldsAccess, PageInfo, Rule, badInput, checkPageSize, decodeCursor, encodeCursor, isUuid } from '@sfxd/kit';
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

/** Turns what a client typed into a LIKE pattern matching it anywhere, or null for no search. */
export function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > 32) throw badInput('search must be at most 32 characters', 'search');
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function decodeAfter(after: string | null | undefined): [string, string] | null {
  if (after == null) return null;
  const [name, id] = decodeCursor(after, 2);
  if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badInput('after is not a cursor this list gave out', 'after');
  return [name, id];
}

/** A page of one unit's, one team's or (scope null) everyone's members, batched with its siblings. */
export async function memberPage(ctx: Context, scope: MemberScope, parentId: string, request: PageRequest): Promise<MemberConnection> {
  const first = checkPageSize(request.first);
  const after = decodeAfter(request.after);
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
