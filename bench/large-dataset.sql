-- Grows an app-created Microcred database into a platform at scale, directly in PostgreSQL (see docs/benchmarks.md,
-- "Baseline at 1M credentials", and bench/large-dataset.sh which runs it with psql). Sizes are settings, with these
-- defaults: bench.credentials 1000000, bench.teachers 100000, bench.catalog 10000 (published entries in all),
-- bench.districts 20 (in all), bench.schools 10 (per new district); e.g. PGOPTIONS='-c bench.credentials=1000'.
--
-- The database must have been created by the app (Flyway) and hold at least one published micro-credential and one
-- active credential issued by the app for its issuer (the demo data does). It is plain SQL, so a test can run it too.
--
-- What is generated, consistent with what the app writes: districts with schools; teachers (accounts with the
-- password of teacher@demo.microcred.org when there is one, the TEACHER role, a district membership); published
-- catalog entries (the design of an existing published micro-credential with its own title, skills, grade bands and
-- cost, and the search columns computed as VersionStore does); per teacher credentials/teachers passed enrollments
-- (one attempt, one in eight after a returned first attempt) and 0 to 4 more, active or withdrawn; one issued
-- credential per passed enrollment; the district module's facts for all of them.
--
-- Not signed one by one: every generated credential stores, verbatim, the signed document of a credential the app
-- issued for the same issuer (its template). The badge page and JSON therefore verify and show the template's
-- achievement and recipient (the earner's name comes from the account); they share its status-list entry, so do
-- not revoke a generated credential on a bench database. Reviews, reviewer pools and notices are not generated.
-- bench/large-dataset-undo.sql removes what this script added.

-- one run per database
do $$
begin
  if exists (select 1 from demo_seed where step = 'bench:large-dataset') then
    raise exception 'bench/large-dataset.sql already ran on this database';
  end if;
end $$;
insert into demo_seed (step) values ('bench:large-dataset');

create temp table bench_size as select
  coalesce(nullif(current_setting('bench.credentials', true), ''), '1000000')::int as credentials,
  coalesce(nullif(current_setting('bench.teachers', true), ''), '100000')::int as teachers,
  coalesce(nullif(current_setting('bench.catalog', true), ''), '10000')::int as catalog,
  coalesce(nullif(current_setting('bench.districts', true), ''), '20')::int as districts,
  coalesce(nullif(current_setting('bench.schools', true), ''), '10')::int as schools;

-- templates: published micro-credentials of issuers with an active, unexpired credential the app signed (the demo
-- has an expired one: copies of it would all show "Not verified")
create temp table bench_doc as
select distinct on (issuer_id) issuer_id, signed, status_list_id, status_index, key_number, legacy_list_id, legacy_index
from issued_credential where not stack and state = 'ACTIVE' and (valid_until is null or valid_until > now() + interval '1 year')
order by issuer_id, issued_at;
create temp table bench_design as
select v.design, c.issuer_id, row_number() over (order by v.id) - 1 as n
from credential_version v join credential c on c.id = v.credential_id
where v.status = 'PUBLISHED' and c.kind = 'MICRO' and c.issuer_id in (select issuer_id from bench_doc);
do $$
begin
  if not exists (select 1 from bench_design) then
    raise exception 'no template: the database needs a published micro-credential and an active credential of its issuer';
  end if;
end $$;

-- districts, each with its schools
insert into organization (id, kind, name, category, country, region)
select gen_random_uuid(), 'DISTRICT', 'Bench Unified School District ' || g, 'School district', 'US', 'Bench County'
from generate_series(1, (select districts from bench_size) - (select count(*) from organization where kind = 'DISTRICT')) g;
insert into school (id, district_id, name, sourced_id)
select gen_random_uuid(), o.id, o.name || ' School ' || s, 'bench-school-' || s
from organization o cross join generate_series(1, (select schools from bench_size)) s
where o.name like 'Bench Unified School District %';
create temp table bench_school as
select s.id, s.district_id, row_number() over (order by s.district_id, s.name) - 1 as n
from school s join organization o on o.id = s.district_id;

-- teachers
create temp table bench_teacher as
select gen_random_uuid() as id, g as n from generate_series(0, (select teachers from bench_size) - 1) g;
insert into account (id, email, display_name, password_hash)
select t.id, 'teacher' || t.n || '@bench.invalid',
  (array['Maria','James','Aisha','Wei','Sofia','Daniel','Priya','Lucas','Fatima','Noah','Elena','Kwame','Hannah',
         'Diego','Mei','Omar','Grace','Tomas','Amara','Liam'])[1 + t.n % 20] || ' ' ||
  (array['Garcia','Smith','Okafor','Chen','Rossi','Miller','Patel','Silva','Haddad','Johnson','Novak','Mensah',
         'Schmidt','Lopez','Wang','Khan','Brown','Costa','Diallo','Murphy','Nguyen','Kowalski','Ito','Andersen',
         'Moreau'])[1 + (t.n / 20) % 25],
  (select password_hash from account where email = 'teacher@demo.microcred.org')
from bench_teacher t;
insert into role_grant (account_id, role) select id, 'TEACHER' from bench_teacher;
insert into district_member (account_id, district_id, school_id, state_license_number, sourced_id)
select t.id, s.district_id, s.id, 'BENCH-' || t.n, 'bench-teacher-' || t.n
from bench_teacher t join bench_school s on s.n = t.n % (select count(*) from bench_school);

-- published catalog entries, round-robin over the template designs
create temp table bench_entry as
select gen_random_uuid() as credential_id, gen_random_uuid() as version_id, g as n, d.issuer_id,
  (array['Formative assessment','Instructional coaching','Classroom discourse','Culturally responsive teaching',
         'Project-based learning','Differentiated instruction','Literacy across subjects','Mathematical reasoning',
         'Inquiry science','Digital citizenship','Social-emotional learning','Feedback for learning',
         'Restorative practice','Co-teaching','English learner support','Data-informed planning',
         'Peer observation','Universal design for learning','Family engagement','Assessment literacy'])[1 + g % 20]
    || ': ' ||
  (array['first steps','in the classroom','with colleagues','for new teachers','across a school','in practice',
         'deep dive','for leaders','with technology','for mentors'])[1 + (g / 20) % 10]
    || ' ' || (1 + g / 200) as title,
  (array[array['GRADES_6_8','GRADES_9_12'], array['K_2','GRADES_3_5'], array['GRADES_3_5','GRADES_6_8'],
         array['GRADES_9_12','ADULT'], array['PRE_K','K_2']])[1 + g % 5:1 + g % 5] as bands,
  array[(array['questioning','feedback','coaching','discussion','planning','assessment','reading','writing',
               'collaboration','reflection','equity','technology','observation','modelling'])[1 + g % 14],
        (array['routines','data','inquiry','vocabulary','mentoring','student voice','scaffolding'])[1 + g % 7]] as skills,
  g % 3 <> 0 as free, d.design
from generate_series(0, (select catalog from bench_size)
  - (select count(*) from credential_version where status = 'PUBLISHED') - 1) g
join bench_design d on d.n = g % (select count(*) from bench_design);
-- (the slice above is an array of one array: take it apart)
update bench_entry set bands = array(select unnest(bands));
update bench_entry set design = jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(design,
  '{title}', to_jsonb(title)), '{skills}', to_jsonb(skills)), '{gradeBands}', to_jsonb(bands)),
  '{prerequisites}', '[]'), '{cost}', case when free then '{"amount": 0, "currency": null}'::jsonb
                                          else '{"amount": 120, "currency": "USD"}'::jsonb end);
insert into credential (id, issuer_id, kind, created_at)
select credential_id, issuer_id, 'MICRO', now() - interval '2 years' from bench_entry;
insert into credential_version (id, credential_id, number, status, design, title, summary, workload_hours, free,
  language, grade_bands, subjects, skills, search, search_text, created_at, updated_at, submitted_at, published_at)
select e.version_id, e.credential_id, 1, 'PUBLISHED', e.design, e.title, e.design ->> 'summary',
  (e.design ->> 'workloadHours')::numeric, e.free, e.design ->> 'language', e.bands,
  array(select jsonb_array_elements_text(coalesce(e.design -> 'subjects', '[]'))), e.skills,
  setweight(to_tsvector('english', e.title || ' ' || array_to_string(e.skills, ' ')), 'A')
    || setweight(to_tsvector('english', concat_ws(' ', e.design ->> 'summary', e.design ->> 'competencyStatement',
         e.design ->> 'keyMethod', (select string_agg(o, ' ')
           from jsonb_array_elements_text(coalesce(e.design -> 'learningOutcomes', '[]')) o))), 'B'),
  lower(e.title || ' ' || array_to_string(e.skills, ' ')),
  now() - interval '2 years', now() - interval '2 years', now() - interval '23 months', now() - interval '23 months'
from bench_entry e;

-- the design's history as the app records it (the comment also tells bench/large-dataset-undo.sql what to remove)
insert into credential_audit (credential_id, version_id, action, comment, at)
select credential_id, version_id, a.action, 'bench/large-dataset.sql', now() - a.ago
from bench_entry cross join (values ('CREATED', interval '2 years'), ('SUBMITTED', interval '23 months'),
  ('APPROVED', interval '23 months')) a(action, ago);

-- enrollments: credentials/teachers passed per teacher, then 0-4 more, active (even) or withdrawn (odd)
create temp table bench_enrollment as
select gen_random_uuid() as id, t.id as teacher_id, e.credential_id, e.version_id, e.issuer_id,
  (e.design ->> 'workloadHours')::numeric as hours,
  case when k < p.per then 'PASSED' when k % 2 = 0 then 'ACTIVE' else 'WITHDRAWN' end as status,
  k < p.per and (t.n + k) % 8 = 0 as returned_first,
  now() - make_interval(days => 40 + (t.n * 7 + k * 53) % 500, mins => (t.n * 13 + k) % 1440) as enrolled_at,
  20 + (t.n + k * 11) % 60 as days
from (select credentials / teachers as per, teachers from bench_size) p
join bench_teacher t on true
cross join lateral generate_series(0, p.per - 1 + t.n % 5) k
-- (613 is prime: a teacher's entries differ as long as the number of new entries is not a multiple of it)
join bench_entry e on e.n = (t.n * 37 + k * 613) % (select count(*) from bench_entry);
insert into enrollment (id, teacher_id, credential_id, version_id, status, privacy_ack_at, enrolled_at, updated_at,
  passed_at, withdrawn_at)
select id, teacher_id, credential_id, version_id, status, enrolled_at, enrolled_at,
  enrolled_at + make_interval(days => days), case when status = 'PASSED' then enrolled_at + make_interval(days => days) end,
  case when status = 'WITHDRAWN' then enrolled_at + make_interval(days => days) end
from bench_enrollment;
insert into attempt (id, enrollment_id, number, status, submit_token, submitted_at, due_at, decided_at)
select gen_random_uuid(), id, a.number, case when a.number < a.last then 'RETURNED' else 'PASSED' end,
  gen_random_uuid(), enrolled_at + make_interval(days => days - 1 - (a.last - a.number) * 4),
  enrolled_at + make_interval(days => days + 6 - (a.last - a.number) * 4),
  enrolled_at + make_interval(days => days - (a.last - a.number) * 4)
from bench_enrollment
cross join lateral (select n, case when returned_first then 2 else 1 end
                    from generate_series(1, case when returned_first then 2 else 1 end) n) a(number, last)
where status = 'PASSED';

-- one credential per passed enrollment, with its issuer's template document
create temp table bench_issued as
select gen_random_uuid() as issued_id, e.*, e.enrolled_at + make_interval(days => e.days, mins => 1) as issued_at
from bench_enrollment e where status = 'PASSED';
insert into issued_credential (id, idempotency_key, teacher_id, enrollment_id, credential_id, version_id, issuer_id,
  stack, signed, pd_hours, issued_at, status_list_id, status_index, state, key_number, legacy_list_id, legacy_index)
select i.issued_id, 'enrollment:' || i.id, i.teacher_id, i.id, i.credential_id, i.version_id,
  i.issuer_id, false, d.signed, i.hours, i.issued_at, d.status_list_id, d.status_index, 'ACTIVE', d.key_number,
  d.legacy_list_id, d.legacy_index
from bench_issued i join bench_doc d on d.issuer_id = i.issuer_id;

-- the district module's read model, as its event listeners would have written it
insert into district_enrollment_fact (enrollment_id, teacher_id, credential_id, enrolled_at, first_submitted_at,
  submissions, passed_at, attempts_to_pass, withdrawn_at)
select id, teacher_id, credential_id, enrolled_at,
  case when status = 'PASSED' then enrolled_at + make_interval(days => days - (case when returned_first then 5 else 1 end)) end,
  case when status <> 'PASSED' then 0 when returned_first then 2 else 1 end,
  case when status = 'PASSED' then enrolled_at + make_interval(days => days) end,
  case when status <> 'PASSED' then null when returned_first then 2 else 1 end,
  case when status = 'WITHDRAWN' then enrolled_at + make_interval(days => days) end
from bench_enrollment;
insert into district_credential_fact (issued_id, teacher_id, credential_id, stack, pd_hours, issued_at, public_url)
select i.issued_id, i.teacher_id, i.credential_id, false, i.hours, i.issued_at,
  coalesce((select regexp_replace(public_url, '/credentials/.*$', '') from district_credential_fact limit 1),
    'http://localhost:8080') || '/credentials/' || i.issued_id
from bench_issued i;
insert into district_stat_state (district_id, dirty) select id, true from organization where kind = 'DISTRICT'
on conflict (district_id) do update set dirty = true;

analyze;
select (select count(*) from issued_credential) as credentials,
  (select count(*) from role_grant where role = 'TEACHER') as teachers,
  (select count(*) from organization where kind = 'DISTRICT') as districts,
  (select count(*) from credential_version where status = 'PUBLISHED') as published,
  (select count(*) from enrollment) as enrollments, (select count(*) from attempt) as attempts;
drop table bench_size, bench_doc, bench_design, bench_school, bench_teacher, bench_entry, bench_enrollment, bench_issued;
