/** A vendor profile: the shop's identity and the settings every time and money rule depends on. */
import { z } from 'zod';

/** What a shop is; it shapes defaults later (a salon books staff, a restaurant books tables). */
export const businessCategories = [
  'restaurant',
  'cafe',
  'bar',
  'salon',
  'hotel',
  'clinic',
  'laundry',
  'repair',
  'retail',
  'other',
] as const;
export const businessCategorySchema = z.enum(businessCategories);
export type BusinessCategory = z.infer<typeof businessCategorySchema>;

/** 'HH:MM' on a 24-hour clock. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'clock');

/** One opening period; a close at or before the open means it ends after midnight. */
export const openingPeriodSchema = z.object({ open: clockTimeSchema, close: clockTimeSchema });

/** Weekdays 1 (Monday) to 7 (Sunday), each closed or open for one or more periods. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

export const openingHoursSchema = z.object({
  1: z.array(openingPeriodSchema).max(4),
  2: z.array(openingPeriodSchema).max(4),
  3: z.array(openingPeriodSchema).max(4),
  4: z.array(openingPeriodSchema).max(4),
  5: z.array(openingPeriodSchema).max(4),
  6: z.array(openingPeriodSchema).max(4),
  7: z.array(openingPeriodSchema).max(4),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** Mainland phone numbers: an 11-digit mobile or a landline with area code. */
export const shopPhoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\+?[\d\- ]{6,20})$/, 'phone');

export const vendorProfileSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(60),
  category: businessCategorySchema,
  address: z.string().trim().min(1).max(200),
  phone: shopPhoneSchema,
  openingHours: openingHoursSchema,
  timeZone: z.string().min(1).max(64),
  currency: z.enum(['CNY']),
  /** When the business day rolls over, in the vendor's zone ('04:00': a bar's 01:30 is yesterday). */
  businessDayCutoff: clockTimeSchema,
  createdAt: z.number().int(),
});
export type VendorProfile = z.infer<typeof vendorProfileSchema>;

export const DEFAULT_BUSINESS_DAY_CUTOFF = '04:00';

export function defaultOpeningHours(): OpeningHours {
  const day = [{ open: '09:00', close: '21:00' }];
  return { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day };
}
