import { INTERNAL_TOKEN_HEADER, appError, signInternalToken, type Caller } from '@sfxd/kit';

export interface DirectoryUnit {
  id: string;
  name: string;
  archived: boolean;
  /** The unit's teams in use, as far as the caller may see them. */
  teams: { id: string; name: string }[];
}

/**
 * The units subgraph owns units and teams; this subgraph never reads their tables. When a write
 * must know that a unit exists or that a team belongs to it, it asks the units subgraph.
 */
export interface UnitDirectory {
  unit(caller: Caller, unitId: string, requestId?: string): Promise<DirectoryUnit | null>;
}

const UNIT_QUERY = 'query MembersDirectoryUnit($id: ID!) { unit(id: $id) { id name archived teams { id name } } }';

/**
 * Asks the units subgraph over its GraphQL API, as the gateway would, on behalf of the same
 * caller: a credential signed with the secret the gateway and subgraphs share, carrying the
 * caller's own role and unit, so the units subgraph applies its own rules (a UNIT_ADMIN sees
 * its own unit's teams only).
 */
export function httpUnitDirectory(url: string, subgraphSecret: string, timeoutMs = 10_000): UnitDirectory {
  return {
    async unit(caller, unitId, requestId) {
      let body: { data?: { unit: DirectoryUnit | null }; errors?: { message: string }[] };
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [INTERNAL_TOKEN_HEADER]: await signInternalToken(caller, subgraphSecret),
            ...(requestId ? { 'x-request-id': requestId } : {}),
          },
          body: JSON.stringify({ query: UNIT_QUERY, variables: { id: unitId } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = (await res.json()) as typeof body;
      } catch (error) {
        throw appError('INTERNAL_SERVER_ERROR', 'The unit directory is unavailable; try again later', { cause: String(error) });
      }
      if (body.errors?.length || !body.data) {
        throw appError('INTERNAL_SERVER_ERROR', `The unit directory refused the lookup: ${body.errors?.[0]?.message ?? 'no data'}`);
      }
      return body.data.unit;
    },
  };
}
