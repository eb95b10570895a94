import { describe, expect, it } from 'vitest';
import { plainExports } from './apollo-gateway.js';

describe('the federation-internals @apollo/gateway shapes answers with', () => {
  it('holds plain values, the very ones of its index, instead of its getters, once the gateway is loaded', () => {
    expect(plainExports()).toBe(true);
  });
});
