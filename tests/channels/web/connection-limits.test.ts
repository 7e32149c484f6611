import { describe, expect, it } from 'vitest';
import { addressKey, createConnectionLimits } from '../../../src/channels/web/connection-limits.js';

describe('connection limits', () => {
  it('count an IPv6 client by its /64 (one home holds a whole /64), IPv4 as it is', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });

  it('free an address\'s place when its socket closes, once', () => {
    const limits = createConnectionLimits({ socketsPerAddress: 2, now: () => 0 });
    const a = limits.open('a', () => undefined)!;
    limits.open('a', () => undefined);
    expect(limits.mayOpen('a')).toBe(false);
    expect(limits.open('a', () => undefined)).toBeUndefined();
    a.closed();
    a.closed();
    expect(limits.mayOpen('a')).toBe(true);
    limits.open('a', () => undefined);
    expect(limits.mayOpen('a')).toBe(false);
  });
});
