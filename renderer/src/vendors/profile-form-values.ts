/** Converts between the profile form's fields and a vendor profile, and validates the hours. */
import {
  DEFAULT_BUSINESS_DAY_CUTOFF,
  defaultOpeningHours,
  shopPhoneSchema,
  weekdays,
  type OpeningHours,
  type Weekday,
} from '@domain/vendor';
import { DEFAULT_TIME_ZONE } from '@domain/time';
import type { NewProfileInput } from './profile-actions';

export interface DayHoursField {
  open: boolean;
  opensAt: string;
  closesAt: string;
}

export interface ProfileFormValues {
  name: string;
  category: NewProfileInput['category'] | undefined;
  address: string;
  phone: string;
  hours: Record<Weekday, DayHoursField>;
  timeZone: string;
  currency: 'CNY';
  businessDayCutoff: string;
}

export function initialProfileFormValues(): ProfileFormValues {
  const defaults = defaultOpeningHours();
  const hours = Object.fromEntries(
    weekdays.map((day) => {
      const first = defaults[day][0];
      return [
        day,
        { open: true, opensAt: first?.open ?? '09:00', closesAt: first?.close ?? '21:00' },
      ];
    }),
  ) as Record<Weekday, DayHoursField>;
  return {
    name: '',
    category: undefined,
    address: '',
    phone: '',
    hours,
    timeZone: DEFAULT_TIME_ZONE,
    currency: 'CNY',
    businessDayCutoff: DEFAULT_BUSINESS_DAY_CUTOFF,
  };
}

export type DayHoursProblem = 'hoursRequired' | 'hoursEmpty' | null;

export function dayHoursProblem(day: DayHoursField | undefined): DayHoursProblem {
  if (!day || !day.open) return null;
  if (!day.opensAt || !day.closesAt) return 'hoursRequired';
  if (day.opensAt === day.closesAt) return 'hoursEmpty';
  return null;
}

export function isValidShopPhone(phone: string): boolean {
  return shopPhoneSchema.safeParse(phone).success;
}

export function toProfileInput(values: ProfileFormValues): NewProfileInput {
  const openingHours = Object.fromEntries(
    weekdays.map((day) => {
      const field = values.hours[day];
      return [day, field.open ? [{ open: field.opensAt, close: field.closesAt }] : []];
    }),
  ) as unknown as OpeningHours;
  return {
    name: values.name.trim(),
    category: values.category ?? 'other',
    address: values.address.trim(),
    phone: values.phone.trim(),
    openingHours,
    timeZone: values.timeZone,
    currency: values.currency,
    businessDayCutoff: values.businessDayCutoff,
  };
}
