-- The organization module's published read contract for reporting: who belongs to which district and school.
-- The district module's reports join their read model to this view instead of reaching into the tables.
create view district_roster as
  select m.district_id, m.account_id, m.school_id, s.name as school_name, m.state_license_number, m.sourced_id,
         m.active
  from district_member m
  left join school s on s.id = m.school_id;
