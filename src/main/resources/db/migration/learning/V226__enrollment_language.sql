-- The language the teacher works in: the design's language version chosen when enrolling (null: its primary one).
alter table enrollment add column language varchar(35);
