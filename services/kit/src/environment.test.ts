import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, EnvironmentError, baseEnvironment, loadEnvironment, port, publicBaseUrl } from './environment.js';

const schema = baseEnvironment.extend({ JWT_SECRET: z.string().default(DEV_JWT_SECRET), SOME_PORT: port(4001) });

describe('the checked environment', () => {
  it('fills development defaults so that a fresh machine starts without configuration', () => {
    const env = loadEnvironment(schema, {});
    expect(env).toMatchObject({ NODE_ENV: 'development', SOME_PORT: 4001, SUBGRAPH_SECRET: DEV_SUBGRAPH_SECRET });
  });

  it('reports every invalid variable at once, not only the first', () => {
    try {
      loadEnvironment(schema, { NODE_ENV: 'staging', DATABASE_URL: 'not a url', SOME_PORT: '99999' });
      expect.unreachable('an invalid environment was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(EnvironmentError);
      const issues = (error as EnvironmentError).issues.join('\n');
      expect(issues).toMatch(/NODE_ENV/);
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/SOME_PORT/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadEnvironment(schema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('refuses to start in production with the development secrets, naming both', () => {
    expect(() => loadEnvironment(schema, { NODE_ENV: 'production' })).toThrow(/SUBGRAPH_SECRET[\s\S]*JWT_SECRET/);
    const ok = loadEnvironment(schema, { NODE_ENV: 'production', SUBGRAPH_SECRET: 'a-real-secret-of-enough-length', JWT_SECRET: 'another-real-secret-here' });
    expect(ok.NODE_ENV).toBe('production');
  });

  it('points the public pages at PUBLIC_BASE_URL, the dashboard on this machine by default, and refuses one that is not http(s)', () => {
    expect(loadEnvironment(schema, {}).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(publicBaseUrl({})).toBe('http://localhost:8080');
    expect(publicBaseUrl({ PUBLIC_BASE_URL: 'https://sfxd.example.gov.cn/' })).toBe('https://sfxd.example.gov.cn');
    expect(() => loadEnvironment(schema, { PUBLIC_BASE_URL: 'ftp://example.org' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadEnvironment(schema, { PUBLIC_BASE_URL: 'not an address' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('takes a BUSINESS_DATE for a rehearsal, and refuses it in production', () => {
    expect(loadEnvironment(schema, { BUSINESS_DATE: '2016-09-30' }).BUSINESS_DATE).toBe('2016-09-30');
    expect(() => loadEnvironment(schema, { BUSINESS_DATE: '2016-9-30' })).toThrow(/BUSINESS_DATE/);
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 'a-real-secret-of-enough-length', JWT_SECRET: 'another-real-secret-here' };
    expect(() => loadEnvironment(schema, { ...production, BUSINESS_DATE: '2016-09-30' })).toThrow(/BUSINESS_DATE/);
  });
});
