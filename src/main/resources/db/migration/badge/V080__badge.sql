-- Issuer signing keys. Private keys are encrypted with the installation's master key (AES-256-GCM).
-- Rotated keys stay (with retired_at) so credentials they signed keep verifying.
create table issuer_key (
  id                 uuid primary key,
  issuer_id          uuid not null,
  number             int not null,
  public_multibase   varchar(100) not null,
  private_encrypted  bytea not null,
  created_at         timestamptz not null default now(),
  retired_at         timestamptz,
  unique (issuer_id, number)
);
create unique index issuer_key_active_uq on issuer_key (issuer_id) where retired_at is null;

-- Bitstring status lists (revocation), one list credential per row, re-signed when a bit changes.
create table status_list (
  id          uuid primary key,
  issuer_id   uuid not null,
  length      int not null,
  bits        bytea not null,
  allocated   int not null default 0,
  signed      text,
  updated_at  timestamptz not null default now(),
  version     int not null default 0
);
create index status_list_issuer_idx on status_list (issuer_id);

-- Indexes handed out, never reused.
create table status_index (
  list_id   uuid not null references status_list (id),
  idx       int not null,
  primary key (list_id, idx)
);

create table issued_credential (
  id               uuid primary key,
  idempotency_key  varchar(200) not null unique,
  teacher_id       uuid not null,
  enrollment_id    uuid,
  credential_id    uuid not null,
  version_id       uuid not null,
  issuer_id        uuid not null,
  stack            boolean not null default false,
  signed           text not null,
  pd_hours         numeric(7, 1),
  issued_at        timestamptz not null,
  valid_until      timestamptz,
  status_list_id   uuid not null references status_list (id),
  status_index     int not null,
  state            varchar(10) not null default 'ACTIVE' check (state in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
  state_reason     varchar(1000),
  state_changed_at timestamptz,
  on_portfolio     boolean not null default true,
  renewed_by       uuid
);
create unique index issued_enrollment_uq on issued_credential (enrollment_id) where enrollment_id is not null;
create index issued_teacher_idx on issued_credential (teacher_id, issued_at desc);
create index issued_issuer_idx on issued_credential (issuer_id, issued_at desc);
create index issued_credential_idx on issued_credential (credential_id);

-- A teacher's sharing choices: how their name shows on badge pages, and the public portfolio.
create table badge_profile (
  teacher_id      uuid primary key,
  name_display    varchar(10) not null default 'FULL' check (name_display in ('FULL', 'INITIALS', 'HIDDEN')),
  portfolio_slug  varchar(60) unique,
  portfolio_public boolean not null default false
);
