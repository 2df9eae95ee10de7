-- What intake read in each story (issue 11): whether a unit of the corrections service is involved (scope
-- IN | OUT), how the headline and lead frame it (frame NEGATIVE | POSITIVE | NEUTRAL), the phrases that
-- decided (evidence, one phrase a line) and the unit as the story names it, registered or not (unit_name,
-- e.g. "Lapas Kelas IIB Tuban"). Portable SQL for H2 and PostgreSQL; unit_name may already exist (grouping by
-- unit name adds it too).
ALTER TABLE story ADD COLUMN IF NOT EXISTS unit_name VARCHAR(200);
ALTER TABLE story ADD COLUMN scope VARCHAR(3);
ALTER TABLE story ADD COLUMN frame VARCHAR(8);
ALTER TABLE story ADD COLUMN evidence VARCHAR(4000);
