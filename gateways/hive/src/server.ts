import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hiveGatewayConfig, type HiveGatewayOptions, type HiveRuntime } from './config.js';

export interface RunningHiveGateway {
  url: string;
  port: number;
  runtime: HiveRuntime;
  close(): Promise<void>;
}

/** Hive Gateway's runtime on a Node HTTP server, configured by `hiveGatewayConfig`. */
export async function startHiveGateway(options: HiveGatewayOptions, port = 0, host = '127.0.0.1'): Promise<RunningHiveGateway> {
  const runtime = createGatewayRuntime(hiveGatewayConfig(options));
  const server = http.createServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`,
    port: actual,
    runtime,
    close: () =>
      (closed ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await runtime.dispose();
      })()),
  };
}
