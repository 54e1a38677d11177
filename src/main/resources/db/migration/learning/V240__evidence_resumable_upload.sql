-- A resumable (tus) evidence upload under way. Its bytes wait in the tus folder of the data directory until the
-- last one arrives; then they go through the evidence pipeline and this row goes in the same transaction as the
-- file record. The declared length counts against the teacher's quota while the upload is under way. A row whose
-- expires_at has passed is an abandoned upload: the clean-up job deletes it and its bytes.
create table evidence_resumable_upload (
  id            uuid primary key,
  teacher_id    uuid not null,
  enrollment_id uuid not null references enrollment (id) on delete cascade,
  part_key      varchar(40) not null,
  file_name     varchar(300) not null,
  length_bytes  bigint not null check (length_bytes > 0),
  student_work  boolean not null default false,
  created_at    timestamptz not null default now(),
  active_at     timestamptz not null default now(),
  expires_at    timestamptz not null
);
create index evidence_resumable_upload_teacher_idx on evidence_resumable_upload (teacher_id);
create index evidence_resumable_upload_expires_idx on evidence_resumable_upload (expires_at);
