import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateScalar, FieldsAccess, Role, Rule, VersionedRecord, type RecordDefaults } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HONOR_ACTIONS, HONOR_STATUSES, type HonorAction, type HonorState, type HonorStatus } from './honor.machine.js';
import { HONOR_TIERS, type HonorTier, type SubjectKind } from './honor.tier.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HonorTierEnum = enumOf(HONOR_TIERS);
export const HonorStatusEnum = enumOf(HONOR_STATUSES);
export const HonorActionEnum = enumOf(HONOR_ACTIONS);
registerEnumType(HonorTierEnum, {
  name: 'HonorTier',
  description: '示范岗 POST (a member), 示范团队 TEAM, 示范单位 UNIT, 示范行业 INDUSTRY',
});
registerEnumType(HonorStatusEnum, {
  name: 'HonorStatus',
  description: '申报 DECLARED → 群众评议 MASS_REVIEW → 公示 PUBLICIZING → 组织确定 CONFIRMED → 命名授牌 NAMED (限期整改 RECTIFYING, 取消命名 REVOKED); REJECTED and WITHDRAWN end a candidacy',
});
// Who acted on an honor, as the dashboard's timelines say it (工委组织科, 单位党务干部 …).
registerEnumType(Role, { name: 'Role', description: 'A signed-in caller’s role: ADMIN 工委组织科, UNIT_ADMIN 单位党务干部, LEADER 领导, INTEGRATOR 系统集成' });
registerEnumType(HonorActionEnum, { name: 'HonorAction', description: 'A step of the naming procedure or of the dynamic management of a named honor' });

/**
 * A candidacy for one of the four tiers, and the honor it becomes. The subject (a member, team,
 * unit or industry) is another subgraph's record: this one keeps its id, kind, unit and industry,
 * as the owning subgraph told them at declaration. The verification code is the plaque's public
 * name and never leaves through this type.
 */
@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@Directive('@key(fields: "id")')
@ObjectType({ description: '示范 candidacy or honor of a member, team, unit or industry in a campaign' })
@Entity({ tableName: 'honor' })
export class Honor extends VersionedRecord {
  [OptionalProps]?: RecordDefaults | 'publicityStartsOn' | 'publicityEndsOn' | 'plaqueNumber' | 'verificationCode' | 'namedOn' | 'batch' | 'rectificationDeadline'
    | 'plaqueName' | 'plaqueUnitName' | 'revokedOn';

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Field(() => HonorTierEnum)
  @Property({ type: 'string', length: 16 })
  tier!: HonorTier;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 16 })
  subjectKind!: SubjectKind;

  /** The subject's unit; null for an industry. */
  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Property({ type: 'uuid' })
  industryId!: string;

  @Field(() => HonorStatusEnum)
  @Property({ type: 'string', length: 16 })
  status!: HonorStatus;

  @Field(() => DateScalar, { description: '申报日期' })
  @Property({ type: 'date' })
  declaredOn!: string;

  @Field(() => String, { description: 'Who declared it (the account)' })
  @Property({ type: 'string', length: 255 })
  declaredBy!: string;

  @Field(() => DateScalar, { nullable: true, description: '公示开始日期' })
  @Property({ type: 'date', nullable: true })
  publicityStartsOn: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: '公示结束日期: the last working day of the window' })
  @Property({ type: 'date', nullable: true })
  publicityEndsOn: string | null = null;

  @Field(() => String, { nullable: true, description: '牌匾编号, unique in the campaign' })
  @Property({ type: 'string', length: 32, nullable: true })
  plaqueNumber: string | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  verificationCode: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: '命名日期' })
  @Property({ type: 'date', nullable: true })
  namedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '命名批次, e.g. 七一前首批' })
  @Property({ type: 'string', length: 40, nullable: true })
  batch: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: '整改期限, while RECTIFYING' })
  @Property({ type: 'date', nullable: true })
  rectificationDeadline: string | null = null;

  /**
   * The inscription: the subject's and its unit's names as their owners gave them when the
   * candidacy was publicized (the honor roll's 公示 list shows these) and again at naming (see
   * plaque/plaque.inscription.ts); the plaque's public record and the honor roll show these.
   */
  @Property({ type: 'string', length: 128, nullable: true })
  plaqueName: string | null = null;

  @Property({ type: 'string', length: 128, nullable: true })
  plaqueUnitName: string | null = null;

  /** 取消命名日期: the business day the honor was revoked. */
  @Property({ type: 'date', nullable: true })
  revokedOn: string | null = null;

  /** The honor as the state machine takes it (objections counted by the caller). */
  state(openObjections = 0, upheldObjections = 0): HonorState {
    return {
      status: this.status, publicityStartsOn: this.publicityStartsOn, publicityEndsOn: this.publicityEndsOn, openObjections, upheldObjections,
      rectificationDeadline: this.rectificationDeadline, plaqueNumber: this.plaqueNumber, batch: this.batch, namedOn: this.namedOn,
    };
  }
}

/** One step of an honor's history: who did what, when, from which status to which. */
@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: 'A step of the naming procedure or of the management of an honor' })
@Entity({ tableName: 'honor_event' })
export class HonorEvent {
  [OptionalProps]?: 'id' | 'at' | 'note' | 'changes';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  honorId!: string;

  @Field(() => HonorActionEnum)
  @Property({ type: 'string', length: 32 })
  action!: HonorAction;

  @Field(() => HonorStatusEnum)
  @Property({ type: 'string', length: 16 })
  fromStatus!: HonorStatus;

  @Field(() => HonorStatusEnum)
  @Property({ type: 'string', length: 16 })
  toStatus!: HonorStatus;

  @Field(() => String, { description: 'The account that took the action' })
  @Property({ type: 'string', length: 255 })
  actor!: string;

  @Field(() => Role, { description: 'The role the account acted in' })
  @Property({ type: 'string', length: 32 })
  actorRole!: Role;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: 'The reason or remark given with the action' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'json' })
  changes: Record<string, unknown> = {};
}
