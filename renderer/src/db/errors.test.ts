import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, toStoreError } from './errors';

describe('store errors', () => {
  it('recognises a full disk, also when wrapped in an AbortError', () => {
    const quota = { name: 'QuotaExceededError' };
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
    expect(toStoreError({ name: 'AbortError', inner: quota }).code).toBe('quota_exceeded');
  });

  it('does not mistake other failures for a full disk', () => {
    expect(isQuotaExceeded({ name: 'AbortError' })).toBe(false);
    expect(toStoreError(new Error('boom')).code).toBe('failed');
  });
});
