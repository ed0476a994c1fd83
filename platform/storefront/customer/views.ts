/**
 * What the customer pages show, read from the platform's rows: an offer as customers see it
 * (offers/public-views.ts, with dish names and photo addresses), a phone's vouchers with their QR
 * codes, and a phone's own bookings. Only rows of this shop and of this phone's account are read.
 */
import QRCode from 'qrcode';
import type { Booking, Service } from '../../../domain/bookings/schema';
import type { MenuItem } from '../../../domain/menu/schema';
import type { Offer, Voucher } from '../../../domain/offers/schema';
import type { BookingView } from '../../../storefront/customer/book';
import type { OfferView, VoucherView } from '../../../storefront/customer/offer';
import type { Database } from '../../db/database';
import { entity, guestPhone } from '../../jobs/booking-shared';
import { ordersWhere } from '../../offers/order-store';
import { customerOffer, customerVoucher, vouchersOfOrders } from '../../offers/public-views';
import { accountOfPhone } from '../../customers/public-membership';

const mediaUrl = (vendorId: string, hash: string) =>
  `/public/v1/shops/${vendorId}/media/${hash}/medium`;

export async function offerView(
  db: Database,
  vendorId: string,
  offer: Offer,
  now: number,
): Promise<OfferView> {
  const seen = await customerOffer(db, vendorId, offer, now);
  const includes = await Promise.all(
    seen.includes.map(async (line) => {
      if (line.text) return { text: line.text, itemName: null, quantity: null };
      const item = line.itemId
        ? await entity<MenuItem>(db, vendorId, 'menuItem', line.itemId)
        : null;
      return { text: item ? item.name : null, itemName: item ? null : '', quantity: line.quantity };
    }),
  );
  return {
    ...seen,
    photoUrls: seen.photoHashes.map((hash) => mediaUrl(vendorId, hash)),
    includes: includes.map((line) =>
      line.text && line.quantity && line.quantity > 1
        ? {
            ...line,
            text: {
              zh: `${line.text.zh} ×${line.quantity}`,
              en: line.text.en ? `${line.text.en} ×${line.quantity}` : null,
            },
          }
        : line,
    ),
  };
}

export const qrSvg = (payload: string): Promise<string> =>
  QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

async function voucherViews(
  db: Database,
  vendorId: string,
  found: Array<{ voucher: Voucher; usesTaken: number }>,
): Promise<VoucherView[]> {
  const titles = new Map<string, Offer['title']>();
  const views: VoucherView[] = [];
  for (const { voucher, usesTaken } of found) {
    if (!titles.has(voucher.offerId)) {
      const offer = await entity<Offer>(db, vendorId, 'offer', voucher.offerId);
      titles.set(voucher.offerId, offer?.title ?? { zh: '', en: null });
    }
    const seen = customerVoucher(voucher, usesTaken);
    views.push({
      code: seen.code,
      qrSvg: await qrSvg(seen.qr),
      offerTitle: titles.get(voucher.offerId)!,
      state: seen.state,
      uses: seen.uses,
      usesLeft: seen.usesLeft,
      validUntil: seen.validUntil,
    });
  }
  return views;
}

/** The vouchers of the phone's orders at the shop (all, or of one order). */
export async function vouchersOfPhone(
  db: Database,
  vendorId: string,
  phone: string,
  orderId?: string,
) {
  const orders = await ordersWhere(
    db,
    orderId ? 'vendor_id = $1 and phone = $2 and id = $3' : 'vendor_id = $1 and phone = $2',
    orderId ? [vendorId, phone, orderId] : [vendorId, phone],
  );
  const found = await vouchersOfOrders(
    db,
    vendorId,
    orders.map((order) => order.id),
  );
  return { orders, vouchers: await voucherViews(db, vendorId, found) };
}

async function bookingView(db: Database, vendorId: string, booking: Booking): Promise<BookingView> {
  const service = booking.serviceId
    ? await entity<Service>(db, vendorId, 'service', booking.serviceId)
    : null;
  return {
    code: booking.code,
    status: booking.status,
    startsAt: booking.startsAt,
    partySize: booking.partySize,
    serviceName: service?.name ?? null,
    deposit:
      booking.deposit.amountFen > 0
        ? { amountFen: booking.deposit.amountFen, state: booking.deposit.state }
        : null,
  };
}

/** The shop's booking with this code if its guest's phone is this one; else null (one answer). */
export async function ownBooking(db: Database, vendorId: string, code: string, phone: string) {
  const [row] = await db.query<{ data: Booking }>(
    `select r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'booking' and l.lookup = 'code' and l.value = $2 and not r.deleted`,
    [vendorId, code],
  );
  const booking = row?.data;
  if (!booking || (await guestPhone(db, vendorId, booking.customerId)) !== phone) return null;
  return { booking, view: await bookingView(db, vendorId, booking) };
}

/** The phone's account's bookings at the shop, the latest first (at most `limit`). */
export async function bookingsOfPhone(
  db: Database,
  vendorId: string,
  phone: string,
  limit = 20,
): Promise<BookingView[]> {
  const account = await accountOfPhone(db, vendorId, phone);
  if (!account) return [];
  const rows = await db.query<{ data: Booking }>(
    `select distinct r.id, r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'booking' and l.lookup = 'customerId'
       and l.value = any($2::text[]) and not r.deleted`,
    [vendorId, account.memberIds],
  );
  const bookings = rows
    .map((row) => row.data)
    .sort((a, b) => b.startsAt - a.startsAt)
    .slice(0, limit);
  return Promise.all(bookings.map((booking) => bookingView(db, vendorId, booking)));
}
