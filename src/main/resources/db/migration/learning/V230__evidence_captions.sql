-- A caption or transcript file (WebVTT) accompanying a video evidence file. Caption files are small text (a size
-- limit applies), so they are kept here rather than in evidence storage; they go with their video.
create table evidence_caption (
  file_id     uuid primary key references evidence_file (id) on delete cascade,
  file_name   varchar(255) not null,
  language    varchar(12) not null,
  content     text not null,
  uploaded_at timestamptz not null default now()
);
