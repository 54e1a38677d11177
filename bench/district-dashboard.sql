-- Grows the demo district to 100,000 teachers and 1,000,000 enrollments (with 300,000 credentials) for the
-- district dashboard benchmark. Run against a throw-away copy of a demo database only (see docs/benchmarks.md).
\set district `echo "$DISTRICT"`
create temp table s as select id, row_number() over (order by name) - 1 as n from school where district_id = :'district';
insert into district_member (account_id, district_id, school_id, state_license_number, sourced_id)
select gen_random_uuid(), :'district', (select id from s where n = g % (select count(*) from s)), 'BENCH-' || g, 'bench-' || g
from generate_series(1, 100000) g;
create temp table c as select credential_id, row_number() over (order by credential_id) - 1 as n
from (select distinct credential_id from district_enrollment_fact) x;
create temp table t as select account_id, row_number() over () - 1 as n from district_member
where district_id = :'district' and sourced_id like 'bench-%';
insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, rpl, enrolled_at, first_submitted_at,
                                      submissions, passed_at, attempts_to_pass)
select gen_random_uuid(), t.account_id, c.credential_id, false, e.at,
       case when r < 0.8 then e.at + interval '30 days' end, case when r < 0.8 then 1 + (r * 10)::int % 2 else 0 end,
       case when r < 0.6 then e.at + interval '45 days' end, case when r < 0.6 then 1 + (r * 10)::int % 2 end
from generate_series(0, 999999) g
join t on t.n = g % 100000
join c on c.n = (g / 7) % (select count(*) from c)
-- (g in the lateral subquery makes it run once per row, so every enrollment gets its own date and outcome)
cross join lateral (select now() - ((random() * 540 + g * 0) || ' days')::interval as at, random() + g * 0 as r) e;
insert into district_credential_fact (issued_id, teacher_id, credential_id, stack, pd_hours, issued_at, public_url)
select gen_random_uuid(), teacher_id, credential_id, false, 15, passed_at + interval '1 minute', 'https://bench.invalid/c'
from district_enrollment_fact where passed_at is not null and teacher_id in (select account_id from t) limit 300000;
analyze;
select (select count(*) from district_member where district_id = :'district') as teachers,
       (select count(*) from district_enrollment_fact) as enrollments,
       (select count(*) from district_credential_fact) as credentials;
