-- The language of the page a person signed up on: their new account starts with it, so what Microcred writes
-- to them (pages, e-mails, certificates) stays in that language on every device.
alter table signup_request add column language varchar(35);
