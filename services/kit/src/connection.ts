import { Directive, Field, ObjectType } from 'type-graphql';
import { FieldsAccess, Rule } from './access.js';

/**
 * `pageInfo` of every cursor connection (DESIGN.md §5). Shareable: each subgraph with a
 * connection resolves its own, and they compose into one type.
 */
@FieldsAccess(Rule.PUBLIC)
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection ends' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

/**
 * Declared on every field returning a cursor connection: its `edges` hold as many items as `first`
 * asks for (its default when left out). Demand control (our gateway's cost estimate, Apollo
 * Router's) reads it from the supergraph.
 */
export const PAGE_LIST_SIZE = '@listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)';
