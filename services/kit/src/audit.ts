import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Caller } from './auth.js';

/**
 * One line of the audit trail. Every subgraph keeps its own table (in its own schema), written in
 * the same transaction as the change it records; a trigger makes it append-only.
 */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  actor!: string;

  @Property({ type: 'string', nullable: true })
  actorRole?: string;

  @Property({ type: 'string', nullable: true })
  actorUnitId?: string;

  @Property({ type: 'string' })
  operation!: string;

  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'string', nullable: true })
  entityId?: string;

  /** The unit the record belongs to, so a unit's trail can be listed. */
  @Property({ type: 'string', nullable: true })
  unitId?: string;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}

export interface AuditEntry {
  operation: string;
  entityType: string;
  entityId?: string;
  unitId?: string | null;
  detail?: Record<string, unknown>;
}

/** Queues an audit line on this EntityManager: it commits with the change or not at all. */
export function audit(em: EntityManager, caller: Caller | null, entry: AuditEntry): void {
  const event = new AuditEvent();
  event.actor = caller?.sub ?? 'anonymous';
  event.actorRole = caller?.role;
  event.actorUnitId = caller?.unitId;
  event.operation = entry.operation;
  event.entityType = entry.entityType;
  event.entityId = entry.entityId;
  event.unitId = entry.unitId ?? undefined;
  event.detail = entry.detail;
  em.persist(event);
}

/** SQL for the audit table of one subgraph's schema, used by that subgraph's first migration. */
export function auditTableSql(schema: string): string[] {
  const q = `"${schema}"`;
  return [
    `create table ${q}."audit_event" (
      "id" uuid primary key,
      "actor" varchar(255) not null,
      "actor_role" varchar(32),
      "actor_unit_id" varchar(64),
      "operation" varchar(128) not null,
      "entity_type" varchar(64) not null,
      "entity_id" varchar(64),
      "unit_id" varchar(64),
      "detail" jsonb,
      "at" timestamptz not null default now()
    )`,
    `create index "audit_event_unit_at_idx" on ${q}."audit_event" ("unit_id", "at")`,
    `create or replace function ${q}."audit_event_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$`,
    `create trigger "audit_event_no_change" before update or delete or truncate on ${q}."audit_event"
      for each statement execute function ${q}."audit_event_append_only"()`,
  ];
}
