-- "Earned by N educators" on the public badge page counts the distinct teachers holding a valid (active, unexpired)
-- credential of the achievement. This partial index answers it with an index-only scan of that achievement's
-- active rows, already ordered by teacher, however many credentials other achievements have.
create index issued_valid_earners_idx on issued_credential (credential_id, teacher_id, valid_until) where state = 'ACTIVE';
