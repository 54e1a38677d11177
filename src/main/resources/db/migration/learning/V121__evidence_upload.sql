-- An upload under way: committed before its bytes are stored, deleted in the transaction that records the file.
-- A row older than the grace period means the upload died in between (a crash, a kill -9): the orphan sweep deletes
-- its stored object, if any, and the row.
create table evidence_upload (
  storage_key varchar(200) primary key,
  started_at  timestamptz not null default now()
);
create index evidence_upload_started_idx on evidence_upload (started_at);
