-- The operators' metric of e-mails that failed for good counts these often; without the index it reads the outbox.
create index mail_outbox_failed_idx on mail_outbox (created_at) where status = 'FAILED';
