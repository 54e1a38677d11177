-- Every outgoing e-mail is first written here, in the transaction that caused it, then delivered after commit.
-- Delivery is retried until it succeeds; the body of a delivered message is erased (it may carry a one-time link).
create table mail_outbox (
  id           uuid primary key,
  recipient    varchar(320) not null,
  subject      varchar(300) not null,
  body         text,
  status       varchar(16) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
  attempts     int not null default 0,
  last_error   varchar(500),
  created_at   timestamptz not null default now(),
  delivered_at timestamptz
);
create index mail_outbox_pending_idx on mail_outbox (created_at) where status = 'PENDING';
create index mail_outbox_created_idx on mail_outbox (created_at desc);
