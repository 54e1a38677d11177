-- Removes what bench/large-dataset.sql added (its teachers with everything they did, its catalog entries, its
-- districts), so that it can run again; the test of the generator uses it to leave the shared test database as it was.
create temp table undo_teacher as select id from account where email like '%@bench.invalid';
create temp table undo_credential as select distinct credential_id as id from credential_audit
where comment = 'bench/large-dataset.sql';
create temp table undo_district as select id from organization where kind = 'DISTRICT'
  and name like 'Bench Unified School District %';
delete from district_credential_fact where teacher_id in (select id from undo_teacher);
delete from district_enrollment_fact where teacher_id in (select id from undo_teacher);
delete from issued_credential where teacher_id in (select id from undo_teacher);
delete from attempt where enrollment_id in (select id from enrollment where teacher_id in (select id from undo_teacher));
delete from enrollment where teacher_id in (select id from undo_teacher);
delete from district_member where account_id in (select id from undo_teacher);
delete from account where id in (select id from undo_teacher);
delete from credential_audit where credential_id in (select id from undo_credential);
delete from credential_version where credential_id in (select id from undo_credential);
delete from credential where id in (select id from undo_credential);
delete from district_day_stat where district_id in (select id from undo_district);
delete from district_duration_stat where district_id in (select id from undo_district);
delete from district_adoption_stat where district_id in (select id from undo_district);
delete from district_stat_state where district_id in (select id from undo_district);
delete from school where district_id in (select id from undo_district);
delete from organization where id in (select id from undo_district);
update district_stat_state set dirty = true;
delete from demo_seed where step = 'bench:large-dataset';
drop table undo_teacher, undo_credential, undo_district;
