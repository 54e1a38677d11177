-- "Key compromised" (issue 10, item 5): signatures a key made from compromised_at on are not trusted. The key stays
-- in its issuer's DID document under verificationMethod with "revoked": compromised_at, and leaves assertionMethod.
alter table issuer_key add column compromised_at timestamptz;
alter table issuer_key add column compromise_reported_at timestamptz;

-- Which of its issuer's keys signed a credential's current copy, so the copies of a compromised key can be found.
alter table issued_credential add column key_number int;
update issued_credential set key_number = substring(
    coalesce(signed::jsonb -> 'proof' -> 0, signed::jsonb -> 'proof') ->> 'verificationMethod' from '#key-([0-9]+)$')::int;
create index issued_key_idx on issued_credential (issuer_id, key_number);

-- Re-signing, with the issuer's current key, every credential a compromised key signed: one job at a time per
-- issuer, worked in batches (each its own transaction) so its progress shows and a crash loses nothing.
create table reissue_job (
  id            uuid primary key,
  issuer_id     uuid not null,
  requested_by  uuid not null,
  total         int not null,
  done          int not null default 0,
  created_at    timestamptz not null default now(),
  finished_at   timestamptz
);
create unique index reissue_job_running_uq on reissue_job (issuer_id) where finished_at is null;
create index reissue_job_issuer_idx on reissue_job (issuer_id, created_at desc);
