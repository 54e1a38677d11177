-- Webhook endpoints an organization registered, and the events each wants.
create table webhook_endpoint (
  id              uuid primary key,
  organization_id uuid not null references organization (id),
  url             varchar(2000) not null,
  events          varchar(500) not null,
  secret          varchar(100) not null,
  created_at      timestamptz not null default now(),
  status          varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED'))
);
create index webhook_endpoint_org_idx on webhook_endpoint (organization_id) where status = 'ACTIVE';

-- The durable outbox: one row per event and endpoint, written in the transaction of the event's listener and
-- delivered at least once, with exponential back-off, until it succeeds or 24 hours have passed.
create table webhook_delivery (
  id              uuid primary key,
  endpoint_id     uuid not null references webhook_endpoint (id),
  message_id      varchar(64) not null,
  event_type      varchar(64) not null,
  payload         text not null,
  status          varchar(16) not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null default now(),
  retry_until     timestamptz not null,
  last_status     int,
  last_error      varchar(500),
  created_at      timestamptz not null default now(),
  delivered_at    timestamptz,
  unique (endpoint_id, message_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at desc);
