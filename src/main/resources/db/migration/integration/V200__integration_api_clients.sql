-- API clients of an organization (OAuth 2.0 client credentials). The secret is shown once and kept only as a
-- SHA-256 hash (it is 256 random bits, so a slow hash adds nothing). Revoking is final.
create table api_client (
  id              uuid primary key,
  organization_id uuid not null references organization (id),
  name            varchar(120) not null,
  scopes          varchar(200) not null,
  secret_hash     varchar(64) not null,
  created_by      uuid not null references account (id),
  created_at      timestamptz not null default now(),
  last_used_at    timestamptz,
  status          varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'REVOKED')),
  revoked_at      timestamptz
);
create index api_client_org_idx on api_client (organization_id, created_at desc);

-- Opaque bearer tokens, kept as SHA-256 hashes: a revoked client's tokens stop at once.
create table api_token (
  token_hash  varchar(64) primary key,
  client_id   uuid not null references api_client (id),
  scopes      varchar(200) not null,
  expires_at  timestamptz not null
);
create index api_token_client_idx on api_token (client_id);
create index api_token_expiry_idx on api_token (expires_at);

-- Idempotency-Key of write requests: the same key and body answer the stored response; another body is refused.
create table api_idempotency (
  client_id     uuid not null references api_client (id),
  key           varchar(200) not null,
  request_hash  varchar(64) not null,
  operation     varchar(100) not null,
  response      text,
  created_at    timestamptz not null default now(),
  primary key (client_id, key)
);
create index api_idempotency_created_idx on api_idempotency (created_at);
