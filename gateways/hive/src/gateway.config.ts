/**
 * Hive Gateway's configuration file for its own command line (`hive-gateway supergraph
 * schema/supergraph.graphql` in this folder after `npm i @graphql-hive/gateway`): the same rules
 * as `npm run start -w @sfxd/hive-gateway`, from the same variables (see docs/hive-gateway.md).
 */
import { hiveGatewayConfig } from './config.js';
import { hiveOptionsFromEnvironment, readHiveEnvironment } from './environment.js';

export const gatewayConfig = hiveGatewayConfig(hiveOptionsFromEnvironment(readHiveEnvironment()));
