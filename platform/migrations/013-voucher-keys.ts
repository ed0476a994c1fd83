/**
 * The platform's Ed25519 keys for signing voucher QR codes (issue 14). One key signs at a time
 * (retired_at null; the partial unique index makes two impossible, so two instances starting at
 * once keep one); a rotation retires it and makes another. Retired keys keep their public half,
 * for checking vouchers issued before, and lose their private half. The private key lives only
 * here (PKCS #8, base64url), never in the repo or the config. Times are epoch ms.
 */
export default {
  version: 13,
  name: 'voucher-keys',
  sql: /* sql */ `
    create table voucher_signing_keys (
      key_id text primary key,
      public_key text not null,
      private_key text,
      created_at bigint not null,
      retired_at bigint,
      check ((retired_at is null) = (private_key is not null))
    );
    create unique index voucher_signing_keys_current on voucher_signing_keys ((true))
      where retired_at is null;
  `,
};
