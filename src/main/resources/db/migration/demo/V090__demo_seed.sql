-- Which demo-data steps ran, so a restart never seeds twice.
create table demo_seed (
  step    varchar(100) primary key,
  done_at timestamptz not null default now()
);
