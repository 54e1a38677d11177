-- Failed log-ins in a row, counted per e-mail address whether or not an account has it, so that a lock looks the
-- same for every address (the account columns told who had an account).
create table login_lock (
  email_key       varchar(254) primary key,   -- lower-case, trimmed address as typed at log-in
  failures        int not null,
  locked_until    timestamptz,
  last_failure_at timestamptz not null default now()
);
create index login_lock_last_failure_idx on login_lock (last_failure_at);

alter table account drop column failed_logins;
alter table account drop column locked_until;

-- A teacher's own sign-up waits for the owner of the address to follow the e-mailed link and choose a password.
create table signup_request (
  token_hash   char(64) primary key,
  email        varchar(254) not null,
  display_name varchar(120) not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  used_at      timestamptz
);
create index signup_request_email_idx on signup_request (lower(email));
create index signup_request_expires_idx on signup_request (expires_at);

-- Sessions now carry the account version they were made with and reload roles when it changes; roles granted or
-- removed before this release did not change it, so every open session reloads once.
update account set version = version + 1;
