import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '提出异议: about a candidacy in publicity; anyone may, signed in or not' })
export class LodgeObjectionInput {
  @Field(() => ID, { description: 'The candidacy in publicity' })
  honorId!: string;

  @Field(() => String, { description: 'What is wrong, 5–500 characters of plain text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'How the committee can reach you (phone, e-mail), up to 100 characters; optional, seen by the committee only' })
  contact?: string | null;
}

@InputType({ description: 'The committee’s finding on an objection' })
export class ResolveObjectionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => String, { description: '核查结论, 5–500 characters' })
  finding!: string;

  @Field(() => Boolean, { description: 'true: the objection is upheld (属实; the candidacy can then only be rejected); false: dismissed' })
  upheld!: boolean;
}
