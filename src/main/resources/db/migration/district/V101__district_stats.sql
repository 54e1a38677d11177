-- Report aggregates, rebuilt per district from the read model and the roster (in the background, at most every
-- refresh interval, when facts changed): the reports page reads these few thousand rows, not a million facts.
create table district_day_stat (
  district_id        uuid not null,
  school_id          uuid,
  school_name        varchar(200) not null,
  credential_id      uuid not null,
  day                date not null,
  enrolled           int not null,  -- enrollments started that day ...
  enrolled_submitted int not null,  -- ... of which submitted since
  enrolled_passed    int not null,  -- ... of which passed since
  submitted          int not null,  -- first submissions that day
  passed             int not null,  -- passes that day
  passed_by_attempt  int not null,  -- of which not by recognition of prior learning
  passed_first       int not null   -- of which at the first attempt
);
create index district_day_stat_idx on district_day_stat (district_id, day);

-- Days from enrolling to passing, as a histogram per pass day (the median is read from it).
create table district_duration_stat (
  district_id uuid not null,
  school_id   uuid,
  day         date not null,
  days        int not null,
  n           int not null
);
create index district_duration_stat_idx on district_duration_stat (district_id, day);

-- Per school: how many active teachers first held a credential (still valid) on each day; first_day is null for
-- those who hold none.
create table district_adoption_stat (
  district_id uuid not null,
  school_id   uuid,
  school_name varchar(200) not null,
  first_day   date,
  teachers    int not null
);
create index district_adoption_stat_idx on district_adoption_stat (district_id);

create table district_stat_state (
  district_id  uuid primary key,
  dirty        boolean not null default true,
  refreshed_at timestamptz
);
