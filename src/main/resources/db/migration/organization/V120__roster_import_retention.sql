-- Staged rows and problems are working data, not a record: a dry run replaced by a newer upload of the same district
-- (superseded_by), discarded or abandoned loses them at once, a finished import after the retention period
-- (microcred.roster.retention). details_removed_at says when, so the page can say why its row list is empty.
alter table roster_import add column superseded_by uuid;
alter table roster_import add column details_removed_at timestamptz;
create index roster_import_retention_idx on roster_import (created_at) where details_removed_at is null;
