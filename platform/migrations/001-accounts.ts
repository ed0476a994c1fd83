/** Vendors, service providers, their links, users and device sessions. */
export default {
  version: 1,
  name: 'accounts',
  sql: /* sql */ `
    create table vendors (
      id uuid primary key,
      name text not null,
      created_at timestamptz not null default now()
    );
    create table providers (
      id uuid primary key,
      name text not null,
      created_at timestamptz not null default now()
    );
    create table provider_vendors (
      provider_id uuid not null references providers(id) on delete cascade,
      vendor_id uuid not null references vendors(id) on delete cascade,
      primary key (provider_id, vendor_id)
    );
    -- A user signs in for exactly one vendor or one provider.
    create table users (
      id uuid primary key,
      login text not null unique,
      password_hash text not null,
      vendor_id uuid references vendors(id) on delete cascade,
      provider_id uuid references providers(id) on delete cascade,
      created_at timestamptz not null default now(),
      check ((vendor_id is null) <> (provider_id is null))
    );
    -- Only the SHA-256 of a token is kept: a copy of this table signs nobody in.
    create table device_sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      device_id uuid not null,
      device_name text not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    );
    create index device_sessions_by_user on device_sessions (user_id);
  `,
};
