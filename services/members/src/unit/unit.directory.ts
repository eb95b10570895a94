import { appError, type Caller, type ServiceContext } from '@sfxd/kit';

/** A unit as the units subgraph shows it to a caller. */
export interface DirectoryUnit {
  id: string;
  name: string;
  archived: boolean;
  /** The unit's teams in use, as far as the caller may see them. */
  teams: { id: string; name: string }[];
}

const UNIT_QUERY = 'query MembersDirectoryUnit($id: ID!) { unit(id: $id) { id name archived teams { id name } } }';

/**
 * The units subgraph owns units and teams; this subgraph never reads their tables. When a write
 * must know that a unit exists or that a team belongs to it, it asks the units subgraph, on behalf
 * of the same caller (a UNIT_ADMIN sees its own unit's teams only).
 */
export async function directoryUnit(ctx: ServiceContext, caller: Caller, unitId: string): Promise<DirectoryUnit | null> {
  const units = ctx.peers?.units;
  if (!units) throw appError('INTERNAL_SERVER_ERROR', 'The members subgraph was started without the units subgraph');
  const data = await units.query<{ unit: DirectoryUnit | null }>(caller, UNIT_QUERY, { id: unitId }, ctx.requestId);
  return data.unit;
}
