import { describe, expect, it } from 'vitest';
import { epochOfWallMoment, wallMomentOf } from './moment';

describe('a moment picked on the shop wall clock', () => {
  it('reads and writes Shanghai time whatever the computer zone', () => {
    const at = Date.parse('2026-03-06T23:30:00+08:00');
    expect(wallMomentOf(at, 'Asia/Shanghai')).toEqual({ date: '2026-03-06', time: '23:30' });
    expect(epochOfWallMoment({ date: '2026-03-06', time: '23:30' }, 'Asia/Shanghai')).toBe(at);
  });

  it('follows daylight saving in another zone', () => {
    // New York: 8 March 2026 02:30 does not exist; the first instant after the gap is 03:00 EDT.
    const at = epochOfWallMoment({ date: '2026-03-08', time: '02:30' }, 'America/New_York');
    expect(at).toBe(Date.parse('2026-03-08T03:00:00-04:00'));
    expect(wallMomentOf(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-07-01',
      time: '08:00',
    });
  });

  it('is null while the inputs are incomplete', () => {
    expect(epochOfWallMoment({ date: '', time: '12:00' }, 'Asia/Shanghai')).toBeNull();
    expect(epochOfWallMoment({ date: '2026-03-06', time: '' }, 'Asia/Shanghai')).toBeNull();
  });
});
