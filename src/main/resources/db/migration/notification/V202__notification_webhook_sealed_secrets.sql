-- Webhook signing secrets are sealed with the installation's master key (the platform's SecretBox). Rows written
-- before keep their plaintext in "secret" until the application seals them (at start-up, or when next used); SQL
-- cannot do it, as the master key is not in the database.
alter table webhook_endpoint add column sealed_secret bytea;
alter table webhook_endpoint alter column secret drop not null;
alter table webhook_endpoint add constraint webhook_endpoint_secret_kept
  check (secret is not null or sealed_secret is not null);
