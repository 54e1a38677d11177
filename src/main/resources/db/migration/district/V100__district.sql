-- Which credentials a district counts, and what each is worth there.
create table district_approval (
  district_id       uuid not null,
  credential_id     uuid not null,
  pd_hours          numeric(6, 1) check (pd_hours is null or pd_hours >= 0),
  ceus              numeric(6, 2) check (ceus is null or ceus >= 0),
  counts_for_salary boolean not null default true,
  note              varchar(500),
  approved_by       uuid not null,
  approved_at       timestamptz not null default now(),
  primary key (district_id, credential_id)
);

-- A district's incentive rules: licensure renewal hours per cycle, and salary steps or stipends per N credentials.
create table district_policy (
  district_id          uuid primary key,
  renewal_hours        numeric(6, 1) not null check (renewal_hours > 0),
  renewal_cycle_years  int not null check (renewal_cycle_years between 1 and 10),
  cycle_start          date not null,
  credentials_per_step int check (credentials_per_step is null or credentials_per_step between 1 and 50),
  step_reward          varchar(16) not null check (step_reward in ('SALARY_STEP', 'STIPEND')),
  stipend_amount       numeric(10, 2) check (stipend_amount is null or stipend_amount >= 0),
  annual_cap           int check (annual_cap is null or annual_cap between 1 and 50),
  year_start_month     int not null default 7 check (year_start_month between 1 and 12),
  effective_from       date not null,
  updated_by           uuid,
  updated_at           timestamptz not null default now(),
  version              int not null default 0
);

-- Read model, fed by the learning and badge modules' events (never by queries over their tables).
-- Events may arrive in any order, so every column but the key may be filled in later.
create table district_enrollment_fact (
  enrollment_id      uuid primary key,
  teacher_id         uuid not null,
  credential_id      uuid not null,
  rpl                boolean not null default false,
  enrolled_at        timestamptz,
  first_submitted_at timestamptz,
  submissions        int not null default 0,
  passed_at          timestamptz,
  attempts_to_pass   int,
  withdrawn_at       timestamptz
);
create index district_enrollment_fact_teacher_idx on district_enrollment_fact (teacher_id);

create table district_credential_fact (
  issued_id     uuid primary key,
  teacher_id    uuid not null,
  credential_id uuid not null,
  stack         boolean not null,
  pd_hours      numeric(6, 1),
  issued_at     timestamptz not null,
  public_url    varchar(500) not null,
  revoked_at    timestamptz
);
create index district_credential_fact_teacher_idx on district_credential_fact (teacher_id);
