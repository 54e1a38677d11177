-- Single sign-on (docs/sso.md): an organization's OpenID Connect providers and its log-in rules.
create table sso_provider (
  id               uuid primary key,
  organization_id  uuid not null,
  preset           varchar(20) not null,
  label            varchar(120) not null,
  issuer_url       varchar(500) not null,
  client_id        varchar(255) not null,
  -- AES-256-GCM under the installation's master key, like the issuers' signing keys
  client_secret    bytea not null,
  created_at       timestamptz not null default now(),
  version          int not null default 0
);
create index sso_provider_org_idx on sso_provider (organization_id, created_at);

create table sso_policy (
  organization_id  uuid primary key,
  -- lower-case e-mail domains that find this organization's providers on the log-in page
  email_domains    varchar(253)[] not null default '{}',
  -- whether a first sign-in with one of those domains creates a teacher account
  create_accounts  boolean not null default false,
  -- false: the organization's teachers must sign in through single sign-on
  password_login   boolean not null default true,
  version          int not null default 0
);
create index sso_policy_domains_idx on sso_policy using gin (email_domains);

-- Who signed in through which provider: later sign-ins find the account by the provider's subject.
create table sso_link (
  provider_id  uuid not null references sso_provider (id) on delete cascade,
  subject      varchar(255) not null,
  account_id   uuid not null references account (id) on delete cascade,
  linked_at    timestamptz not null default now(),
  primary key (provider_id, subject)
);
create index sso_link_account_idx on sso_link (account_id);
