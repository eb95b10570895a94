import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from '../member/member.entity.js';

/** 示范活动 kinds (DESIGN.md §2 "Activities", §5 `ActivityType`). */
export enum ActivityType {
  POST_COMPETITION = 'POST_COMPETITION',
  SKILL_CONTEST = 'SKILL_CONTEST',
  VOLUNTEER_SERVICE = 'VOLUNTEER_SERVICE',
  GRASSROOTS_VISIT = 'GRASSROOTS_VISIT',
  POVERTY_PAIRING = 'POVERTY_PAIRING',
  PUBLIC_COMMITMENT = 'PUBLIC_COMMITMENT',
}
registerEnumType(ActivityType, {
  name: 'ActivityType',
  description: '示范活动类型',
  valuesConfig: {
    POST_COMPETITION: { description: '岗位竞赛' },
    SKILL_CONTEST: { description: '技能比武' },
    VOLUNTEER_SERVICE: { description: '双报到志愿服务' },
    GRASSROOTS_VISIT: { description: '走基层' },
    POVERTY_PAIRING: { description: '精准扶贫结对帮扶' },
    PUBLIC_COMMITMENT: { description: '亮承诺' },
  },
});

/** What an activity record holds (the columns and the input). */
export const ACTIVITY_TITLE_MAX = 128;
export const ACTIVITY_DESCRIPTION_MAX = 2000;
/** Hours spent, in half-hour steps. */
export const ACTIVITY_HOURS_MIN = 0.5;
export const ACTIVITY_HOURS_MAX = 24;

/**
 * One activity of one member. `unitId` is the member's unit when it was recorded, so a unit's
 * totals keep what its members did there after they transfer away.
 */
@FieldsAccess(Rule.SIGNED_IN)
@Directive('@key(fields: "id")')
@ObjectType({ description: '示范活动记录 An activity a member took part in' })
@Entity({ tableName: 'activity_record' })
export class ActivityRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'recordedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => ActivityType)
  @Property({ type: 'string', length: 32 })
  type!: ActivityType;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Float, { description: 'Hours spent, in half-hour steps' })
  @Property({ type: 'float', columnType: 'numeric(4,1)' })
  hours!: number;

  @Field(() => String)
  @Property({ type: 'string', length: ACTIVITY_TITLE_MAX })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', nullable: true })
  recordedBy?: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
