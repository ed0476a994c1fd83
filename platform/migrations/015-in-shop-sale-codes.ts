/**
 * Visit cards sold at the counter (issue 14, 次卡) draw their voucher codes from the same
 * platform-wide voucher_codes as paid orders, so a code stays unique whoever sold it: a code
 * belongs to a platform order or to an in-shop sale (the desk's offerSale entry), one of the two,
 * drawn once per unit and kept, so a sale applied again names the same voucher.
 */
export default {
  version: 15,
  name: 'in-shop-sale-codes',
  sql: /* sql */ `
    alter table voucher_codes alter column order_id drop not null;
    alter table voucher_codes add column sale_id text;
    alter table voucher_codes add constraint voucher_codes_one_owner
      check ((order_id is null) <> (sale_id is null));
    create unique index voucher_codes_sale_unit on voucher_codes (sale_id, unit)
      where sale_id is not null;
    create index voucher_codes_sale_vendor on voucher_codes (vendor_id) where sale_id is not null;
  `,
};
