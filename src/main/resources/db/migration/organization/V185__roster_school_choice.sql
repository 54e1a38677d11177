-- A district administrator's answer to "did you mean …?" for a school of a roster file that is not in the district:
-- school_id is the existing school it is sent to, or null to create it as a new school. school_ref is the school's
-- key in the file (its sourcedId, or its name in lower case for the template).
create table roster_school_choice (
  import_id  uuid not null references roster_import (id) on delete cascade,
  school_ref varchar(255) not null,
  school_id  uuid references school (id) on delete cascade,
  primary key (import_id, school_ref)
);
