-- The languages a reviewer reviews in (none stated: the primary language of each credential they review).
create table reviewer_language (
  reviewer_id uuid not null,
  language    varchar(35) not null,
  primary key (reviewer_id, language)
);

-- The language a submission is written in, and whether it is the credential's primary language.
alter table review_item add column language varchar(35);
alter table review_item add column in_primary_language boolean not null default true;
