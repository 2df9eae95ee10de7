-- The unit as the story names it (e.g. an unregistered "Lapas Kelas IIB Tuban"), kept beside unit_code so
-- that stories of a unit that is not in the registry can still be grouped into one case by its name.
ALTER TABLE crisis_case ADD COLUMN unit_name VARCHAR(200);
ALTER TABLE story ADD COLUMN unit_name VARCHAR(200);
-- Grouping candidates by name, like crisis_case_open_unit (V1) by code: open cases of one unit name whose
-- latest story falls within the window.
CREATE INDEX crisis_case_open_unit_name ON crisis_case (status, unit_name, last_story_at);
