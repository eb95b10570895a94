import type { TypedDocumentString } from './gql/graphql.js';

/** A refusal or failure from the gateway, with its `extensions.code` (or NETWORK / HTTP_<status>). */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends the report's generated documents to the gateway, as any client would: POST, JSON, bearer token. */
export interface Gateway {
  ask<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R>;
  /** Requests sent so far (the report's progress line and its tests read it). */
  readonly requests: number;
}

export function gatewayClient(options: { url: string; token?: string; fetch?: typeof fetch }): Gateway {
  const send = options.fetch ?? fetch;
  let requests = 0;
  return {
    get requests() {
      return requests;
    },
    async ask<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      requests += 1;
      let response: Response;
      try {
        response = await send(options.url, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
      } catch (error) {
        throw new GatewayError(`the gateway at ${options.url} did not answer: ${error instanceof Error ? error.message : String(error)}`, 'NETWORK', 0);
      }
      let body: GraphQLResponse<R>;
      try {
        body = (await response.json()) as GraphQLResponse<R>;
      } catch {
        throw new GatewayError(`the gateway answered HTTP ${response.status} without GraphQL`, `HTTP_${response.status}`, response.status);
      }
      const error = body.errors?.[0];
      if (error) throw new GatewayError(error.message, error.extensions?.code ?? `HTTP_${response.status}`, response.status);
      if (!body.data) throw new GatewayError(`the gateway answered HTTP ${response.status} without data`, `HTTP_${response.status}`, response.status);
      return body.data;
    },
  };
}
