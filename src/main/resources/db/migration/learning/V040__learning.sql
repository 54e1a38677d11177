-- A teacher working toward one credential, under the exact version they enrolled in.
create table enrollment (
  id              uuid primary key,
  teacher_id      uuid not null,
  credential_id   uuid not null,
  version_id      uuid not null,
  rpl             boolean not null default false,
  status          varchar(12) not null check (status in ('ACTIVE', 'SUBMITTED', 'RETURNED', 'PASSED', 'WITHDRAWN')),
  notes           text,
  privacy_ack_at  timestamptz,
  enrolled_at     timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  passed_at       timestamptz,
  withdrawn_at    timestamptz,
  version         int not null default 0
);
-- one enrollment per credential per teacher, unless withdrawn
create unique index enrollment_active_uq on enrollment (teacher_id, credential_id) where status <> 'WITHDRAWN';
create index enrollment_teacher_idx on enrollment (teacher_id, updated_at desc);
create index enrollment_credential_idx on enrollment (credential_id, status);

create table resource_progress (
  enrollment_id  uuid not null references enrollment (id) on delete cascade,
  resource_index int not null,
  done_at        timestamptz not null default now(),
  primary key (enrollment_id, resource_index)
);

-- The evidence being prepared for the next attempt, per evidence part.
create table evidence_draft (
  enrollment_id uuid not null references enrollment (id) on delete cascade,
  part_key      varchar(40) not null,
  text          text,
  links         text[] not null default '{}',
  updated_at    timestamptz not null default now(),
  primary key (enrollment_id, part_key)
);

-- Uploaded files. The bytes live in evidence storage under storage_key and never change.
create table evidence_file (
  id             uuid primary key,
  enrollment_id  uuid not null references enrollment (id),
  teacher_id     uuid not null,
  part_key       varchar(40) not null,
  storage_key    varchar(200) not null unique,
  file_name      varchar(255) not null,
  media_type     varchar(120) not null,
  size_bytes     bigint not null,
  sha256         char(64) not null,
  student_work   boolean not null default false,
  in_draft       boolean not null default true,
  uploaded_at    timestamptz not null default now()
);
create index evidence_file_draft_idx on evidence_file (enrollment_id, part_key) where in_draft;
create index evidence_file_teacher_idx on evidence_file (teacher_id);

-- A submitted attempt: an immutable snapshot of the evidence.
create table attempt (
  id            uuid primary key,
  enrollment_id uuid not null references enrollment (id),
  number        int not null,
  rpl           boolean not null default false,
  status        varchar(12) not null check (status in ('SUBMITTED', 'IN_REVIEW', 'RETURNED', 'PASSED')),
  submit_token  uuid not null unique,
  submitted_at  timestamptz not null default now(),
  due_at        timestamptz not null,
  decided_at    timestamptz,
  feedback      jsonb,
  prior_credential jsonb,
  unique (enrollment_id, number)
);
-- at most one attempt waiting for a decision per enrollment: a double submit cannot create two
create unique index attempt_open_uq on attempt (enrollment_id) where status in ('SUBMITTED', 'IN_REVIEW');

create table attempt_evidence (
  attempt_id uuid not null references attempt (id),
  part_key   varchar(40) not null,
  text       text,
  links      text[] not null default '{}',
  primary key (attempt_id, part_key)
);

create table attempt_file (
  attempt_id uuid not null references attempt (id),
  file_id    uuid not null references evidence_file (id),
  primary key (attempt_id, file_id)
);
create index attempt_file_file_idx on attempt_file (file_id);
