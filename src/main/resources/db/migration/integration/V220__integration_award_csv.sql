-- Awards of achievements assessed elsewhere, uploaded by an issuer administrator as a CSV file: checked first (the
-- dry run), then, once confirmed, awarded in the background in batches. Progress is kept per row, so a restarted
-- application (or another instance) carries on where the last one stopped.
-- status: INVALID (no valid row; cannot be confirmed), READY (may be confirmed; rows with problems are left out),
-- CONFIRMED (waiting for the worker), RUNNING (being awarded), DONE, FAILED, DISCARDED.
create table award_csv_job (
  id               uuid primary key,
  issuer_id        uuid not null references organization (id) on delete cascade,
  file_name        varchar(255) not null,
  evidence_name    varchar(200) not null,
  status           varchar(16) not null check (status in ('INVALID', 'READY', 'CONFIRMED', 'RUNNING', 'DONE', 'FAILED', 'DISCARDED')),
  created_by       uuid not null references account (id),
  created_at       timestamptz not null default now(),
  confirmed_at     timestamptz,
  started_at       timestamptz,
  finished_at      timestamptz,
  total_rows       int not null,
  valid_rows       int not null,
  problem_rows     int not null,
  issued_count     int not null default 0,
  skipped_count    int not null default 0,
  failed_count     int not null default 0,
  failure          varchar(1000)
);
create index award_csv_job_issuer_idx on award_csv_job (issuer_id, created_at desc);
create index award_csv_job_pending_idx on award_csv_job (confirmed_at) where status in ('CONFIRMED', 'RUNNING');

-- The valid rows of a file, each awarded once: PENDING, then ISSUED (a credential issued now), SKIPPED (its award
-- key had been issued before, e.g. a re-uploaded file) or FAILED (with the reason; the row changed nothing).
create table award_csv_row (
  job_id          uuid not null references award_csv_job (id) on delete cascade,
  row_no          int not null,
  email           varchar(254) not null,
  name            varchar(200),
  credential_id   uuid not null,
  assessed_on     date not null,
  assessed_how    varchar(1500) not null,
  pd_hours        numeric(8, 1),
  status          varchar(8) not null default 'PENDING' check (status in ('PENDING', 'ISSUED', 'SKIPPED', 'FAILED')),
  issued_id       uuid,
  message         varchar(500),
  primary key (job_id, row_no)
);
create index award_csv_row_pending_idx on award_csv_row (job_id, row_no) where status = 'PENDING';

-- What the dry run found wrong, by row and column (row 1 is the header).
create table award_csv_problem (
  job_id   uuid not null references award_csv_job (id) on delete cascade,
  seq      int not null,
  row_no   int,
  col      varchar(100),
  message  varchar(500) not null,
  primary key (job_id, seq)
);
