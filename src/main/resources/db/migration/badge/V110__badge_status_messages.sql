-- Suspension apart from revocation (issue 10, item 4). New lists are "message" lists of two-bit entries
-- (0x0 valid, 0x1 suspended, 0x2 revoked, 0x3 revoked): the revoked bit is never cleared, the suspended one is.
-- Lists made before stay one-bit "revocation" lists, published and re-signed as before, because the copies of
-- credentials issued before point at them. length is the number of entries; bits holds length * status_size bits.
alter table status_list add column purpose varchar(10) not null default 'revocation'
  check (purpose in ('revocation', 'message'));
alter table status_list alter column purpose drop default;
alter table status_list add column status_size int not null default 1 check (status_size in (1, 2));
alter table status_list alter column status_size drop default;

-- One open list per issuer and purpose is filled before the next is made (item 6).
create index status_list_open_idx on status_list (issuer_id, purpose) where allocated < length;

-- A credential whose copies carried a one-bit revocation entry keeps it here once it is re-signed with a message
-- entry (when suspended): revoking sets it too, and it is never cleared, so no copy ever reads valid again.
alter table issued_credential add column legacy_list_id uuid references status_list (id);
alter table issued_credential add column legacy_index int;

-- state_reason is what the teacher is told; public_reason, optional, is what the public badge page shows (item 5).
alter table issued_credential add column public_reason varchar(1000);

-- Existing suspensions set the revocation bit of a one-bit list. They are moved onto message lists (re-signed,
-- suspended there, the old bit left set for good) by LegacySuspensions when the application starts.
