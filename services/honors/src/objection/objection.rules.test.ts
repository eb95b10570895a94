import { describe, expect, it } from 'vitest';
import { OBJECTIONS_PER_HOUR, allowanceKey, checkFinding, checkObjection, retryAfterSeconds } from './objection.rules.js';

describe('whose allowance an objection counts against', () => {
  it('is an IPv4 address itself, however the gateway wrote it', () => {
    expect(allowanceKey('203.0.113.7')).toBe('203.0.113.7');
    expect(allowanceKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(allowanceKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('is the /64 network of an IPv6 address, so one subscriber cannot take a fresh address per objection', () => {
    const key = allowanceKey('2001:db8:1:2::a');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const other of ['2001:db8:1:2:ffff:1:2:3', '2001:0DB8:0001:0002:0000:0000:0000:0001', '[2001:db8:1:2::b]', '2001:db8:1:2::c%eth0']) {
      expect(allowanceKey(other), other).toBe(key);
    }
    expect(allowanceKey('2001:db8:1:3::a')).not.toBe(key);
    expect(allowanceKey('::1')).toBe('0:0:0:0::/64');
    expect(allowanceKey('64:ff9b::198.51.100.1')).toBe('64:ff9b:0:0::/64');
    expect(allowanceKey('fe80::1:2:3:4')).toBe('fe80:0:0:0::/64');
  });

  it('is one shared allowance for calls that carry no address or a malformed one', () => {
    for (const none of [null, undefined, '', 'not an address', '999.1.1.1']) expect(allowanceKey(none)).toBe('unknown');
  });
});

describe('an objection’s text', () => {
  it('takes a reason of 5–500 characters, trimmed, line breaks allowed, and an optional one-line contact', () => {
    expect(checkObjection({ reason: '  该同志群众评价\n与事实不符 ', contact: ' 13800000000 ' })).toEqual({
      ok: true, value: { reason: '该同志群众评价\n与事实不符', contact: '13800000000' },
    });
    expect(checkObjection({ reason: '工作作风不实', contact: '   ' })).toEqual({ ok: true, value: { reason: '工作作风不实', contact: null } });
    expect(checkObjection({ reason: '举'.repeat(500) }).ok).toBe(true);
  });

  it('refuses an empty, short, over-long or direction-tricking reason, and a contact over 100 characters or of two lines', () => {
    const fields = (input: { reason: unknown; contact?: unknown }) => {
      const c = checkObjection(input);
      return c.ok ? [] : c.problems.map((p) => p.field);
    };
    for (const reason of ['', '    ', '材料不实', '举'.repeat(501), '材料\u202e不实请核查', '\u0000材料不实请核查', 42]) {
      expect(fields({ reason }), JSON.stringify(reason)).toEqual(['reason']);
    }
    expect(fields({ reason: '工作作风不实', contact: 'x'.repeat(101) })).toEqual(['contact']);
    expect(fields({ reason: '工作作风不实', contact: '电话\n13800000000' })).toEqual(['contact']);
    const refused = checkObjection({ reason: '不实' });
    expect(refused.ok ? '' : refused.problems[0]!.message).toBe('异议理由应为5–500个字 (reason must be 5–500 characters)');
  });

  it('takes a finding of 5–500 characters', () => {
    expect(checkFinding(' 经核查，反映问题不属实 ')).toEqual({ ok: true, value: '经核查，反映问题不属实' });
    for (const finding of ['不属实', '查'.repeat(501), null]) expect(checkFinding(finding).ok, String(finding)).toBe(false);
  });
});

describe('when the next objection is accepted', () => {
  it('is when the oldest one counted leaves the hour', () => {
    const now = new Date('2016-09-30T02:00:00Z');
    expect(retryAfterSeconds(new Date('2016-09-30T01:10:00Z'), now)).toBe(600);
    expect(retryAfterSeconds(new Date('2016-09-30T01:00:00.500Z'), now)).toBe(1);
    expect(OBJECTIONS_PER_HOUR).toBe(5);
  });
});
