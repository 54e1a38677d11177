-- The interface language and time zone a person chose (null: the browser's, then the installation's default).
alter table account add column language varchar(16);
alter table account add column time_zone varchar(64);
