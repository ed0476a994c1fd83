/** How customers read on the console: a name (or who they are once erased) and their phone. */
import type { TFunction } from 'i18next';
import { formatPhone, maskPhone } from '@domain/customers/phone';
import type { CustomerPersonal } from '@domain/customers/schema';

/** The name to show: the person's, "no name" when only a phone was given, "erased" once erased. */
export function customerName(
  personal: Pick<CustomerPersonal, 'name'> | null,
  erased: boolean,
  t: TFunction,
): string {
  if (erased || !personal) return t('customers:common.erasedName');
  return personal.name || t('customers:common.noName');
}

/** The pseudonymous id an erased account is known by: its id's last 12 characters. */
export const pseudonymOf = (customerId: string): string => customerId.slice(-12).toUpperCase();

/** The phone as lists show it (masked), or whole where the shop may see it. */
export function phoneText(phone: string | null, whole: boolean): string {
  if (!phone) return '';
  return whole ? formatPhone(phone) : maskPhone(phone);
}
