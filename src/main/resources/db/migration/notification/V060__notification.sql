-- In-app notices.
create table notice (
  id          uuid primary key,
  account_id  uuid not null,
  kind        varchar(40) not null,
  title       varchar(300) not null,
  body        text,
  link        varchar(500),
  created_at  timestamptz not null default now(),
  read_at     timestamptz
);
create index notice_account_idx on notice (account_id, created_at desc);
create index notice_unread_idx on notice (account_id) where read_at is null;

-- Per person and kind of notice: by e-mail, in the app, both or neither. Absent: both.
create table notification_preference (
  account_id uuid not null,
  kind       varchar(40) not null,
  email      boolean not null default true,
  in_app     boolean not null default true,
  primary key (account_id, kind)
);
