-- EXPLAIN ANALYZE of the main queries behind the pages bench/public-pages.sh measures, on a database grown by
-- bench/large-dataset.sh. The queries are the app's own, copied from its stores (see
-- docs/benchmarks.md, "Baseline at 1M credentials"), with the parameters written in. Run against the app's embedded server:
--   psql -h localhost -p "$(sed -n 4p DATA_DIR/db/postmaster.pid)" -U postgres -d microcred -f bench/public-pages-explain.sql
\pset pager off
select id as credential, issuer_id as credential_issuer, status_list_id as list from issued_credential
  where state = 'ACTIVE' and not stack order by id limit 1 offset 12345 \gset
select c.issuer_id as issuer from credential c join credential_version v on v.credential_id = c.id
  where v.status = 'PUBLISHED' group by 1 order by count(*) desc limit 1 \gset
select id as version from credential_version where status = 'PUBLISHED' order by id limit 1 \gset
select credential_id as published_credential from credential_version where status = 'PUBLISHED' order by id limit 1 \gset
select a.id as teacher from account a join issued_credential c on c.teacher_id = a.id
  where a.email not like '%@demo.microcred.org' group by a.id, a.email having count(*) = 10 order by a.email limit 1 \gset
select id as enrollment from enrollment where teacher_id = :'teacher' order by updated_at desc limit 1 \gset
select reviewer_id as reviewer from reviewer_pool where status = 'ACTIVE' group by reviewer_id
  order by count(*) desc, reviewer_id offset (select count(distinct reviewer_id) / 2 from reviewer_pool where status = 'ACTIVE') limit 1 \gset
select id as demo_reviewer from account where email = 'reviewer@demo.microcred.org' \gset
select organization_id as district from role_grant g join account a on a.id = g.account_id
  where a.email = 'district@demo.microcred.org' \gset

\echo '=== badge page: the credential (then, on a verification cache miss, its status list and the issuer keys)'
explain (analyze, buffers, costs off) select * from issued_credential where id = :'credential';
explain (analyze, buffers, costs off) select signed from status_list where id = :'list';
explain (analyze, buffers, costs off) select number, public_multibase, retired_at is null as active from issuer_key
  where issuer_id = :'credential_issuer' order by number desc;

\echo '=== issuer page: every published credential by title (CatalogService.publishedAll), then each version by id'
explain (analyze, buffers, costs off) select v.id, 0 as rank from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' order by lower(v.title) limit 1000 offset 0;
explain (analyze, buffers, costs off) select v.id, v.credential_id, c.issuer_id, c.kind, v.number, v.status, v.design::text as design
  from credential_version v join credential c on c.id = v.credential_id where v.id = :'version';

\echo '=== /catalog: first page by title, count, facets'
explain (analyze, buffers, costs off) select v.id, 0 as rank from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' order by lower(v.title) limit 12 offset 0;
explain (analyze, buffers, costs off) select count(*) from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED';
explain (analyze, buffers, costs off) select value, count(*) from credential_version, unnest(skills) as value
  where status = 'PUBLISHED' group by value order by count(*) desc, value limit 25;
explain (analyze, buffers, costs off) select language, count(*) from credential_version
  where status = 'PUBLISHED' and language is not null group by language order by count(*) desc;
explain (analyze, buffers, costs off) select c.issuer_id::text, count(*) from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' group by c.issuer_id order by count(*) desc;

\echo '=== /catalog?grade=GRADES_6_8&cost=free'
explain (analyze, buffers, costs off) select v.id, 0 as rank from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' and 'GRADES_6_8' = any(v.grade_bands) and v.free = true order by lower(v.title) limit 12 offset 0;
explain (analyze, buffers, costs off) select count(*) from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' and 'GRADES_6_8' = any(v.grade_bands) and v.free = true;

\echo '=== /catalog?q=coaching and /api/v1/catalog?q=coaching: full-text or trigram word similarity, by relevance'
explain (analyze, buffers, costs off) select v.id, ts_rank_cd(v.search, websearch_to_tsquery('english', 'coaching')) * 4
    + word_similarity(lower('coaching'), v.search_text) as rank
  from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' and (v.search @@ websearch_to_tsquery('english', 'coaching')
    or word_similarity(lower('coaching'), v.search_text) >= 0.4)
  order by rank desc, lower(v.title) limit 20 offset 0;
explain (analyze, buffers, costs off) select count(*) from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' and (v.search @@ websearch_to_tsquery('english', 'coaching')
    or word_similarity(lower('coaching'), v.search_text) >= 0.4);
explain (analyze, buffers, costs off) select count(*) from credential_version v join credential c on c.id = v.credential_id
  where v.status = 'PUBLISHED' and v.search @@ websearch_to_tsquery('english', 'coaching');

\echo '=== catalog detail: how many earned it (LearningService.earnedCounts)'
explain (analyze, buffers, costs off) select count(*) from enrollment where credential_id = :'published_credential' and status = 'PASSED';

\echo '=== teacher home: enrollments, then per enrollment its attempts and resources done'
explain (analyze, buffers, costs off) select * from enrollment where teacher_id = :'teacher' order by updated_at desc;
explain (analyze, buffers, costs off) select * from attempt where enrollment_id = :'enrollment' order by number desc;
explain (analyze, buffers, costs off) select resource_index from resource_progress where enrollment_id = :'enrollment';
explain (analyze, buffers, costs off) select count(*) from notice where account_id = :'teacher' and read_at is null;

\echo '=== reviewer queue (a reviewer with a typical number of pools, then the demo reviewer)'
explain (analyze, buffers, costs off) select i.credential_id, count(*) from review_item i
  where i.stage <> 'DECIDED' and i.open_slots > 0 and i.teacher_id <> :'reviewer' and not (i.teacher_districts && '{}'::uuid[])
    and i.credential_id in (select credential_id from reviewer_pool where reviewer_id = :'reviewer' and status = 'ACTIVE')
    and not exists (select 1 from review v where v.attempt_id = i.attempt_id and v.reviewer_id = :'reviewer' and v.status <> 'EXPIRED')
  group by i.credential_id;
explain (analyze, buffers, costs off) select i.credential_id, count(*) from review_item i
  where i.stage <> 'DECIDED' and i.open_slots > 0 and i.teacher_id <> :'demo_reviewer' and not (i.teacher_districts && '{}'::uuid[])
    and i.credential_id in (select credential_id from reviewer_pool where reviewer_id = :'demo_reviewer' and status = 'ACTIVE')
    and not exists (select 1 from review v where v.attempt_id = i.attempt_id and v.reviewer_id = :'demo_reviewer' and v.status <> 'EXPIRED')
  group by i.credential_id;
explain (analyze, buffers, costs off) select * from review where reviewer_id = :'demo_reviewer' and status = 'CLAIMED' order by expires_at;

\echo '=== district reports: the per-day aggregates of the last 12 months, the days-to-pass histogram'
explain (analyze, buffers, costs off) select school_name, credential_id, date_trunc('month', day)::date, sum(enrolled),
    sum(enrolled_submitted), sum(enrolled_passed), sum(submitted), sum(passed), sum(passed_by_attempt), sum(passed_first)
  from district_day_stat where district_id = :'district' and (cast(null as uuid) is null or school_id = null)
    and day between current_date - 365 and current_date group by 1, 2, 3;
explain (analyze, buffers, costs off) select days, sum(n) from district_duration_stat where district_id = :'district'
  and (cast(null as uuid) is null or school_id = null) and day between current_date - 365 and current_date group by days order by days;
