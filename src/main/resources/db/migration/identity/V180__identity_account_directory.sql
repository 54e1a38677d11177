-- The identity module's published read contract: who an account is (name and e-mail), for lists in other modules
-- that search and page by person in one query (the issuer's issued-badges list) instead of reaching into the
-- account table or asking for names one row at a time.
create view account_directory as
  select id, email, display_name from account;

-- Case-insensitive "contains" search on names and e-mail addresses (100,000 teachers and more).
create extension if not exists pg_trgm;
create index account_name_trgm_idx on account using gin (lower(display_name) gin_trgm_ops);
create index account_email_trgm_idx on account using gin (lower(email) gin_trgm_ops);
