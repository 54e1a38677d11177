-- The texts of a design version in another language than its primary one (title, summary, criteria, rubric,
-- resources). Part of the version: written only while the version is a draft, copied into the next draft.
create table credential_version_translation (
  version_id  uuid not null references credential_version (id) on delete cascade,
  language    varchar(35) not null,
  content     jsonb not null,
  updated_at  timestamptz not null default now(),
  primary key (version_id, language)
);
