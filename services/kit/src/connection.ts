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
