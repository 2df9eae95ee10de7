-- Grouping compares a new story with the latest stories of each candidate case.
CREATE INDEX story_case_published ON story (case_id, published_at);
DROP INDEX story_case;
