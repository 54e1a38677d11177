-- EXPLAIN ANALYZE of the issuer's issued-badges list (IssuedList) on a database grown by bench/large-dataset.sh:
-- the issuer with most credentials, unfiltered, searched by a name, filtered by standing and by credential, and its
-- last page (read from the end). The queries are the app's own with the parameters written in. Run as
-- bench/public-pages-explain.sql says:
--   psql -h localhost -p "$(sed -n 4p DATA_DIR/db/postmaster.pid)" -U postgres -d microcred -f bench/issuer-badges-explain.sql
\pset pager off
select issuer_id as issuer, count(*) as total from issued_credential group by 1 order by 2 desc limit 1 \gset
select credential_id as credential from issued_credential where issuer_id = :'issuer' group by 1 order by count(*) desc limit 1 \gset

\echo '=== first page, unfiltered: count and 25 rows newest first (cut from the credentials, then joined)'
explain (analyze, buffers, costs off) select count(*) from issued_credential c where c.issuer_id = :'issuer';
explain (analyze, buffers, costs off) select c.id, a.display_name, a.email, c.credential_id, c.issued_at, c.valid_until,
  c.state, c.state_reason, c.public_reason, c.renewed_by is not null as renewed from (select c.id, c.teacher_id,
  c.credential_id, c.issued_at, c.valid_until, c.state, c.state_reason, c.public_reason, c.renewed_by
  from issued_credential c where c.issuer_id = :'issuer' order by c.issued_at desc, c.id desc limit 25 offset 0) c
  left join account_directory a on a.id = c.teacher_id order by c.issued_at desc, c.id desc;
\echo '=== the middle page (the worst case: pages past the middle are read from the end)'
explain (analyze, buffers, costs off) select c.id, a.display_name from (select c.id, c.teacher_id, c.issued_at
  from issued_credential c where c.issuer_id = :'issuer' order by c.issued_at desc, c.id desc limit 25
  offset (:total / 2)) c left join account_directory a on a.id = c.teacher_id order by c.issued_at desc, c.id desc;

\echo '=== search "mensah" (name or e-mail, trigram indexes): count and first page'
explain (analyze, buffers, costs off) select count(*) from issued_credential c where c.issuer_id = :'issuer'
  and (c.teacher_id in (select d.id from account_directory d where lower(d.display_name) like '%mensah%'
  or lower(d.email) like '%mensah%'));
explain (analyze, buffers, costs off) select c.id, a.display_name, a.email from issued_credential c
  left join account_directory a on a.id = c.teacher_id where c.issuer_id = :'issuer'
  and (c.teacher_id in (select d.id from account_directory d where lower(d.display_name) like '%mensah%'
  or lower(d.email) like '%mensah%')) order by c.issued_at desc, c.id desc limit 25 offset 0;

\echo '=== standing revoked, and one credential: first page'
explain (analyze, buffers, costs off) select c.id, a.display_name from issued_credential c
  left join account_directory a on a.id = c.teacher_id where c.issuer_id = :'issuer' and c.state = 'REVOKED'
  order by c.issued_at desc, c.id desc limit 25 offset 0;
explain (analyze, buffers, costs off) select c.id, a.display_name from issued_credential c
  left join account_directory a on a.id = c.teacher_id where c.issuer_id = :'issuer' and c.credential_id = :'credential'
  order by c.issued_at desc, c.id desc limit 25 offset 0;

\echo '=== page=99999 clamped to the last page, read from the end'
explain (analyze, buffers, costs off) select c.id, a.display_name from issued_credential c
  left join account_directory a on a.id = c.teacher_id where c.issuer_id = :'issuer'
  order by c.issued_at, c.id limit 25 offset 0;
