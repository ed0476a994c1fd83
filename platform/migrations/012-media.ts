/**
 * Images uploaded by the shops (issue 14), content-addressed: an image is the SHA-256 of the
 * bytes uploaded, per vendor (each shop's quota counts what it stored). The bytes live in the
 * database (bytea), not in files beside it: the same SQL works on PGlite and PostgreSQL, an
 * image and its variants are written in the transaction that records them (never half an image),
 * a backup of the database is a backup of the images, and several platform instances on one
 * PostgreSQL see the same images. Shop photos are small (10 MB at most, variants a few hundred
 * KB), so the rows stay far below what bytea handles well.
 */
export default {
  version: 12,
  name: 'media',
  sql: /* sql */ `
    create table media_images (
      vendor_id uuid not null references vendors(id) on delete cascade,
      hash text not null,
      mime text not null,
      width int not null,
      height int not null,
      byte_size int not null,
      -- The original and every variant: what the shop's quota counts.
      stored_bytes bigint not null,
      created_at bigint not null,
      primary key (vendor_id, hash)
    );

    -- 'original' is kept (variants can be made again at new sizes) but never served.
    create table media_variants (
      vendor_id uuid not null,
      hash text not null,
      variant text not null,
      mime text not null,
      width int not null,
      height int not null,
      bytes bytea not null,
      primary key (vendor_id, hash, variant),
      foreign key (vendor_id, hash) references media_images (vendor_id, hash) on delete cascade
    );
  `,
};
