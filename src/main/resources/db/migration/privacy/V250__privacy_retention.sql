-- How long an issuer or a district keeps teachers' evidence after the decision, in months. No row: kept.
create table retention_policy (
  organization_id uuid primary key,
  months          int not null check (months between 1 and 240),
  updated_by      uuid,
  updated_at      timestamptz not null default now()
);

-- An enrollment whose evidence is due to go: the teacher was told when, then it went.
create table retention_notice (
  enrollment_id uuid primary key,
  teacher_id    uuid not null,
  decided_at    timestamptz not null,
  notified_at   timestamptz not null,
  delete_after  timestamptz not null,
  deleted_at    timestamptz
);
create index retention_notice_due_idx on retention_notice (delete_after) where deleted_at is null;

-- Changes of retention policies, evidence deleted under them, accounts deleted. Actors are account ids only.
create table privacy_audit (
  id              bigserial primary key,
  organization_id uuid,
  actor_id        uuid,
  action          varchar(32) not null,
  detail          text,
  at              timestamptz not null default now()
);
create index privacy_audit_org_idx on privacy_audit (organization_id, at desc);
