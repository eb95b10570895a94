import { request } from '../api/client.js';
import { ManagementActions, Rectifications } from '../api/documents.js';
import type { ManagementCell } from '../charts/index.js';
import { rectificationRows, type RectificationRow } from '../model/management.js';

/** 动态管理: every action of a campaign per unit and month, in one request. */
export async function managementCells(campaignId: string): Promise<ManagementCell[]> {
  const { managementActions } = await request(ManagementActions, { campaignId });
  return managementActions.map((r) => ({ action: r.action, month: r.month, count: r.count, unitId: r.unitId ?? null, unit: r.unit?.name ?? '' }));
}

/** A campaign's orders to rectify as they stood at the end of `asOf` (a UNIT_ADMIN: its own unit's), by deadline. */
export async function campaignRectifications(campaignId: string, asOf: string | undefined): Promise<RectificationRow[]> {
  const { rectifications } = await request(Rectifications, { campaignId, asOf: asOf ?? null });
  return rectificationRows(rectifications);
}
