create table organization (
  id            uuid primary key,
  kind          varchar(16) not null check (kind in ('ISSUER', 'DISTRICT')),
  name          varchar(200) not null,
  category      varchar(40),
  country       char(2) not null,
  region        varchar(120),
  website       varchar(500),
  contact_email varchar(254),
  description   varchar(2000),
  logo          bytea,
  logo_type     varchar(40),
  created_at    timestamptz not null default now(),
  version       int not null default 0
);
create unique index organization_name_uq on organization (kind, lower(name));

create table school (
  id          uuid primary key,
  district_id uuid not null references organization (id) on delete cascade,
  name        varchar(200) not null,
  sourced_id  varchar(255),
  active      boolean not null default true,
  created_at  timestamptz not null default now()
);
create unique index school_name_uq on school (district_id, lower(name));
create unique index school_sourced_uq on school (district_id, sourced_id) where sourced_id is not null;

-- A teacher's place in a district: school, state licence number, the roster's id for them.
create table district_member (
  account_id           uuid not null,
  district_id          uuid not null references organization (id) on delete cascade,
  school_id            uuid references school (id) on delete set null,
  state_license_number varchar(50),
  sourced_id           varchar(255),
  active               boolean not null default true,
  joined_at            timestamptz not null default now(),
  primary key (account_id, district_id)
);
create index district_member_school_idx on district_member (school_id);
create unique index district_member_sourced_uq on district_member (district_id, sourced_id) where sourced_id is not null;
