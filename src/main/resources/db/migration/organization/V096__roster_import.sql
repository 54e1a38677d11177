-- A roster import: uploaded, checked (the dry run), then applied in the background after the admin confirms.
-- status: INVALID (the dry run found problems; cannot be applied), READY (may be confirmed), CONFIRMED (waiting for
-- a worker), APPLYING (a worker holds it; heartbeat_at shows it is alive), DONE, FAILED, DISCARDED.
create table roster_import (
  id                 uuid primary key,
  district_id        uuid not null references organization (id) on delete cascade,
  format             varchar(16) not null check (format in ('ONEROSTER', 'TEMPLATE')),
  file_names         varchar(500) not null,
  status             varchar(16) not null check (status in ('INVALID', 'READY', 'CONFIRMED', 'APPLYING', 'DONE', 'FAILED', 'DISCARDED')),
  deactivate_missing boolean not null,
  send_invitations   boolean not null,
  created_by         uuid,
  created_at         timestamptz not null default now(),
  dry_run_millis     bigint,
  confirmed_at       timestamptz,
  heartbeat_at       timestamptz,
  attempts           int not null default 0,
  finished_at        timestamptz,
  apply_millis       bigint,
  done_rows          int not null default 0,
  total_rows         int not null default 0,
  failure            varchar(1000),
  -- counts per change, e.g. {"TEACHER.ADD": 12, "SCHOOL.UNCHANGED": 3}; the dry run's, replaced by the result
  summary            jsonb not null default '{}',
  notes              varchar(2000)
);
create index roster_import_district_idx on roster_import (district_id, created_at desc);
create index roster_import_pending_idx on roster_import (status) where status in ('CONFIRMED', 'APPLYING');

-- The checked input, one row per school or teacher in the files (row_no = spreadsheet row, header = 1), plus the
-- change the dry run planned for it. Rows with no row_no are people missing from the file, to be deactivated.
create table roster_import_row (
  import_id     uuid not null references roster_import (id) on delete cascade,
  seq           int not null,
  file          varchar(40),
  row_no        int,
  kind          varchar(8) not null check (kind in ('SCHOOL', 'TEACHER')),
  action        varchar(12) not null,
  sourced_id    varchar(255),
  name          varchar(250),
  given_name    varchar(120),
  family_name   varchar(120),
  email         varchar(254),
  school_ref    varchar(255),
  license       varchar(50),
  active        boolean not null default true,
  detail        varchar(500),
  primary key (import_id, seq)
);
create index roster_import_row_action_idx on roster_import_row (import_id, action, seq);

create table roster_import_problem (
  import_id  uuid not null references roster_import (id) on delete cascade,
  seq        int not null,
  file       varchar(40) not null,
  row_no     int,
  col        varchar(100),
  message    varchar(500) not null,
  primary key (import_id, seq)
);
