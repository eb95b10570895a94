import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * What a publicity window opened on a given day would be, computed by the state machine itself
 * (the same rules and Chinese working days PUBLICIZE applies): the staff see the end date before
 * they commit, and the browser never counts working days on its own.
 */
@FieldsAccess(Rule.ADMIN)
@ObjectType({ description: '公示期预览: the window PUBLICIZE would open on startsOn, or why it would be refused' })
export class PublicityPreview {
  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last working day of the window; null when `problem` says why there is none' })
  endsOn!: string | null;

  @Field(() => Int, { description: 'The campaign’s publicity length in working days' })
  workingDays!: number;

  @Field(() => String, { nullable: true, description: 'What PUBLICIZE would answer with this start (BAD_USER_INPUT’s message), or null' })
  problem!: string | null;

  @Field(() => DateScalar, { description: 'The committee’s business day the preview was computed on: a window may not start before it' })
  today!: string;
}
