/** Realistic arguments for the registered mutations. */
import { randomUUID } from 'node:crypto';
import { defaultOpeningHours, type VendorProfile } from '../../domain/vendor';

export function vendorProfile(overrides: Partial<VendorProfile> = {}): VendorProfile {
  return {
    id: randomUUID(),
    name: '老王黄焖鸡米饭',
    category: 'restaurant',
    address: '上海市徐汇区漕溪北路 88 号',
    phone: '13812341234',
    openingHours: defaultOpeningHours(),
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    businessDayCutoff: '04:00',
    createdAt: 1_764_000_000_000,
    ...overrides,
  };
}
