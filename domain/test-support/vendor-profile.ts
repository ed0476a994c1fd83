/**
 * The one sample vendor profile for tests and benchmarks, console and platform alike: a valid
 * restaurant in Shanghai with the default opening hours. Pass overrides for what a test is about.
 */
import { newId } from '../ids';
import { defaultOpeningHours, type VendorProfile } from '../vendor';

export function sampleVendorProfile(overrides: Partial<VendorProfile> = {}): VendorProfile {
  return {
    id: newId(),
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
