import { describe, expect, it } from 'vitest';
import { createGateway } from './server.js';
import { plainExports } from './apollo-gateway.js';

describe('the federation-internals @apollo/gateway shapes answers with', () => {
  it('holds plain values, not the getters of its index, once the gateway is loaded', () => {
    expect(typeof createGateway).toBe('function');
    expect(plainExports()).toBe(true);
  });
});
