create table account (
  id             uuid primary key,
  email          varchar(254) not null,
  display_name   varchar(120) not null,
  password_hash  varchar(255),
  enabled        boolean not null default true,
  failed_logins  int not null default 0,
  locked_until   timestamptz,
  recipient_id   varchar(500),
  created_at     timestamptz not null default now(),
  version        int not null default 0
);
-- e-mail addresses are unique whatever their letter case
create unique index account_email_uq on account (lower(email));

create table role_grant (
  account_id      uuid not null references account (id) on delete cascade,
  role            varchar(32) not null,
  organization_id uuid,
  granted_at      timestamptz not null default now()
);
create unique index role_grant_uq on role_grant (account_id, role, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'));
create index role_grant_org_idx on role_grant (organization_id, role);

create table invitation (
  id              uuid primary key,
  token_hash      char(64) not null unique,
  email           varchar(254) not null,
  role            varchar(32) not null,
  organization_id uuid,
  school_id       uuid,
  organization_name varchar(200),
  invited_by      uuid references account (id) on delete set null,
  created_at      timestamptz not null default now(),
  expires_at      timestamptz not null,
  accepted_at     timestamptz,
  accepted_by     uuid references account (id) on delete set null,
  revoked_at      timestamptz
);
create index invitation_org_idx on invitation (organization_id, created_at desc);
create unique index invitation_open_uq on invitation (lower(email), role, coalesce(organization_id, '00000000-0000-0000-0000-000000000000'))
  where accepted_at is null and revoked_at is null;

create table password_reset_token (
  token_hash  char(64) primary key,
  account_id  uuid not null references account (id) on delete cascade,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  used_at     timestamptz
);
create index password_reset_account_idx on password_reset_token (account_id);
