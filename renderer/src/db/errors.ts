/**
 * Store failures the shop can act on, told apart from bugs. A full disk may reach us as a
 * QuotaExceededError or as an AbortError whose `inner` is one (dexie.org/docs/DexieErrors).
 */
/** `not_permitted`: the member at the desk may not make this change and nobody approved it. */
export type StoreErrorCode = 'quota_exceeded' | 'invalid_input' | 'failed' | 'not_permitted';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    override readonly cause?: unknown,
  ) {
    super(code);
    this.name = 'StoreError';
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

export function isQuotaExceeded(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  if (typeof error === 'object' && error !== null) {
    const inner = (error as { inner?: unknown }).inner;
    if (inner && isQuotaExceeded(inner)) return true;
  }
  return false;
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaExceeded(error)) return new StoreError('quota_exceeded', error);
  if (errorName(error) === 'ZodError') return new StoreError('invalid_input', error);
  return new StoreError('failed', error);
}
