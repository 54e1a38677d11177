-- The catalog's default order (and the pickers'): the first page of published entries by title without sorting
-- them all.
create index credential_version_published_title_idx on credential_version (lower(title)) where status = 'PUBLISHED';
