import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { FieldsAccess, Rule } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { Criterion, EvaluatorKind, HonorTier } from '../criteria/criteria.names.js';
import { CriterionEnum, EvaluationSourceEnum, EvaluatorKindEnum, HonorTierEnum, type EvaluationSource } from '../graphql/enums.js';
import type { SubjectKind } from '../subject/subject.stubs.js';

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: 'One criterion’s score, 0–100' })
export class CriterionScore {
  @Field(() => CriterionEnum)
  criterion!: Criterion;

  @Field(() => Int)
  score!: number;
}

/**
 * One evaluation of a subject in a round by the masses, a peer or a leader: its scores (one row
 * per criterion in `evaluation_score`), comment, and the subject's unit and industry as the owner
 * told them (aggregates need no other schema). Nothing in it identifies one of the masses; a peer's
 * member id and a leader's account are kept for the one-per-evaluator rules and shown to ADMIN
 * and the unit's UNIT_ADMIN only. Its fields are as visible as the field that reached it.
 */
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType({ description: '评议 One evaluation of a member, team, unit or industry in a round' })
@Entity({ tableName: 'evaluation' })
export class Evaluation {
  [OptionalProps]?: 'id' | 'source' | 'evaluatorMemberId' | 'evaluatorSub' | 'comment' | 'submittedAt' | 'supersededAt' | 'supersededBy' | 'honorId' | 'unitId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  roundId!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 16 })
  subjectKind!: SubjectKind;

  @Field(() => HonorTierEnum)
  @Property({ type: 'string', length: 16 })
  tier!: HonorTier;

  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Property({ type: 'uuid' })
  industryId!: string;

  @Property({ type: 'uuid', nullable: true })
  honorId: string | null = null;

  @Field(() => EvaluatorKindEnum, { name: 'evaluatorKind' })
  @Property({ type: 'string', length: 8 })
  kind!: EvaluatorKind;

  @Field(() => EvaluationSourceEnum)
  @Property({ type: 'string', length: 8 })
  source: EvaluationSource = 'ONLINE';

  @Property({ type: 'uuid', nullable: true })
  evaluatorMemberId: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  evaluatorSub: string | null = null;

  @Property({ type: 'integer' })
  scoreSum!: number;

  @Property({ type: 'smallint' })
  criteriaCount!: number;

  @Field(() => String, { nullable: true, description: 'Plain text, at most 500 characters' })
  @Property({ type: 'string', length: 500, nullable: true })
  comment: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: "A leader's evaluation replaced by their later one in the same round (kept as history)" })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  supersededAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  supersededBy: string | null = null;
}

@Entity({ tableName: 'evaluation_score' })
export class EvaluationScore {
  @PrimaryKey({ type: 'uuid' })
  evaluationId!: string;

  @PrimaryKey({ type: 'string', length: 24 })
  criterion!: Criterion;

  @Property({ type: 'smallint' })
  score!: number;
}
