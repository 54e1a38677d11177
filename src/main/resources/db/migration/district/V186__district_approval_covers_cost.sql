-- Whether the district pays the cost of a paid credential it approved for its teachers (they then enroll free of
-- charge to themselves); the catalog and the enrollment page say who pays.
alter table district_approval add column covers_cost boolean not null default false;
