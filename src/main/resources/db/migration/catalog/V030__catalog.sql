create extension if not exists pg_trgm;

-- A micro-credential or stack, across all its versions.
create table credential (
  id          uuid primary key,
  issuer_id   uuid not null,
  kind        varchar(8) not null check (kind in ('MICRO', 'STACK')),
  created_by  uuid,
  created_at  timestamptz not null default now()
);
create index credential_issuer_idx on credential (issuer_id);

-- One version of a design. A published version never changes; editing it creates the next draft.
create table credential_version (
  id             uuid primary key,
  credential_id  uuid not null references credential (id),
  number         int not null,
  status         varchar(12) not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
  design         jsonb not null,
  title          varchar(200) not null,
  summary        text,
  workload_hours numeric(7, 1),
  free           boolean not null default true,
  language       varchar(8),
  grade_bands    text[] not null default '{}',
  subjects       text[] not null default '{}',
  skills         text[] not null default '{}',
  search         tsvector,
  search_text    text not null default '',
  image          bytea,
  image_type     varchar(40),
  lock_version   int not null default 0,
  created_by     uuid,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  submitted_at   timestamptz,
  published_at   timestamptz,
  retired_at     timestamptz,
  unique (credential_id, number)
);
-- at most one version being worked on, and at most one published, per credential
create unique index credential_version_open_uq on credential_version (credential_id) where status in ('DRAFT', 'IN_REVIEW');
create unique index credential_version_published_uq on credential_version (credential_id) where status = 'PUBLISHED';
create index credential_version_status_idx on credential_version (status);
create index credential_version_search_idx on credential_version using gin (search);
create index credential_version_trgm_idx on credential_version using gin (search_text gin_trgm_ops);
create index credential_version_skills_idx on credential_version using gin (skills);

-- Who edited a version: they may not approve it.
create table credential_version_author (
  version_id uuid not null references credential_version (id) on delete cascade,
  account_id uuid not null,
  primary key (version_id, account_id)
);

-- Prerequisites and stack components of each version, for cycle checks and "what it stacks into".
create table credential_link (
  version_id     uuid not null references credential_version (id) on delete cascade,
  kind           varchar(16) not null check (kind in ('PREREQUISITE', 'COMPONENT')),
  target_id      uuid not null references credential (id),
  required       boolean not null default false,
  primary key (version_id, kind, target_id)
);
create index credential_link_target_idx on credential_link (target_id, kind);

-- Every transition and edit of a design: who, when, why. Never updated or deleted.
create table credential_audit (
  id            bigserial primary key,
  credential_id uuid not null references credential (id),
  version_id    uuid references credential_version (id),
  action        varchar(32) not null,
  actor_id      uuid,
  comment       text,
  at            timestamptz not null default now()
);
create index credential_audit_credential_idx on credential_audit (credential_id, at desc);
