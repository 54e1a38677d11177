-- A reviewer may hand a claimed attempt back to the queue before the claim lapses ("release this claim").
alter table review drop constraint review_status_check;
alter table review add constraint review_status_check check (status in ('CLAIMED', 'SUBMITTED', 'EXPIRED', 'RELEASED'));
