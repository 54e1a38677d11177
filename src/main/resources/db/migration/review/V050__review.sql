-- How an issuer assesses: blind review, the share of attempts scored twice, the agreement reviewers must keep,
-- how long a claim lasts.
create table review_settings (
  issuer_id            uuid primary key,
  blind_review         boolean not null default true,
  double_score_share   numeric(4, 3) not null default 0.100 check (double_score_share between 0 and 1),
  agreement_threshold  numeric(4, 3) not null default 0.800 check (agreement_threshold between 0 and 1),
  claim_hours          int not null default 48 check (claim_hours between 1 and 720),
  appeal_days          int not null default 30 check (appeal_days between 1 and 365)
);

-- Who may assess a credential; active only after passing its calibration.
create table reviewer_pool (
  credential_id uuid not null,
  reviewer_id   uuid not null,
  issuer_id     uuid not null,
  status        varchar(12) not null check (status in ('CALIBRATING', 'ACTIVE', 'SUSPENDED')),
  reason        varchar(300),
  added_at      timestamptz not null default now(),
  changed_at    timestamptz not null default now(),
  primary key (credential_id, reviewer_id)
);
create index reviewer_pool_reviewer_idx on reviewer_pool (reviewer_id, status);

-- One submitted attempt waiting for (or under) assessment.
create table review_item (
  attempt_id        uuid primary key,
  enrollment_id     uuid not null,
  credential_id     uuid not null,
  version_id        uuid not null,
  issuer_id         uuid not null,
  teacher_id        uuid not null,
  teacher_districts uuid[] not null default '{}',
  rpl               boolean not null default false,
  attempt_number    int not null,
  submitted_at      timestamptz not null,
  due_at            timestamptz not null,
  reviews_needed    int not null default 1,
  -- reviews that may still be claimed; kept on the row that claiming locks, so a concurrent claimer re-checks it
  open_slots        int not null default 1 check (open_slots >= 0),
  stage             varchar(12) not null default 'SCORING' check (stage in ('SCORING', 'MODERATION', 'APPEAL', 'DECIDED')),
  decided_at        timestamptz,
  passed            boolean,
  last_reminded_at  timestamptz,
  escalated_at      timestamptz
);
create index review_item_queue_idx on review_item (credential_id, due_at) where stage <> 'DECIDED' and open_slots > 0;
create index review_item_issuer_idx on review_item (issuer_id, due_at) where stage <> 'DECIDED';

-- One reviewer's review of an item.
create table review (
  id           uuid primary key,
  attempt_id   uuid not null references review_item (attempt_id),
  reviewer_id  uuid not null,
  role         varchar(10) not null check (role in ('PRIMARY', 'MODERATOR', 'APPEAL')),
  status       varchar(10) not null check (status in ('CLAIMED', 'SUBMITTED', 'EXPIRED')),
  claimed_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  scores       jsonb not null default '{}',
  comments     jsonb not null default '{}',
  summary      text,
  passed       boolean,
  saved_at     timestamptz,
  submitted_at timestamptz
);
-- a reviewer reviews an attempt at most once (an expired claim may be taken again)
create unique index review_once_uq on review (attempt_id, reviewer_id) where status <> 'EXPIRED';
create index review_reviewer_idx on review (reviewer_id, status);
create index review_open_idx on review (expires_at) where status = 'CLAIMED';

create table appeal (
  attempt_id  uuid primary key references review_item (attempt_id),
  teacher_id  uuid not null,
  reason      text not null,
  filed_at    timestamptz not null default now(),
  decided_at  timestamptz,
  upheld      boolean
);

-- Anchor submissions with agreed scores, for calibrating reviewers.
create table calibration_anchor (
  id            uuid primary key,
  credential_id uuid not null,
  title         varchar(200) not null,
  evidence      text not null,
  scores        jsonb not null,
  created_by    uuid,
  created_at    timestamptz not null default now()
);
create index calibration_anchor_credential_idx on calibration_anchor (credential_id);

create table calibration_result (
  id           uuid primary key,
  anchor_id    uuid not null references calibration_anchor (id),
  reviewer_id  uuid not null,
  scores       jsonb not null,
  at           timestamptz not null default now()
);
create index calibration_result_reviewer_idx on calibration_result (reviewer_id, anchor_id);

-- Every claim, score, decision, appeal and moderation. Rows are only ever inserted.
create table review_audit (
  id          bigserial primary key,
  attempt_id  uuid,
  issuer_id   uuid not null,
  action      varchar(32) not null,
  actor_id    uuid,
  detail      text,
  at          timestamptz not null default now()
);
create index review_audit_issuer_idx on review_audit (issuer_id, at desc);
create index review_audit_attempt_idx on review_audit (attempt_id, at);
create rule review_audit_no_update as on update to review_audit do instead nothing;
create rule review_audit_no_delete as on delete to review_audit do instead nothing;
