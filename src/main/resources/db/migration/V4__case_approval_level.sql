-- Who must approve a case's statement follows from its stored severity (DMN output approvalLevel), kept
-- here so the process never reads it back from a variable a person could have written.
ALTER TABLE crisis_case ADD COLUMN approval_level VARCHAR(20);
