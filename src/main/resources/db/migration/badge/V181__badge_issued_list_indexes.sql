-- The issuer's issued-badges list, newest first, filtered by standing or by credential, without sorting an issuer's
-- million credentials (issued_issuer_idx serves the unfiltered list and the date range).
create index issued_issuer_state_idx on issued_credential (issuer_id, state, issued_at desc);
create index issued_credential_issued_idx on issued_credential (credential_id, issued_at desc);
drop index issued_credential_idx;
