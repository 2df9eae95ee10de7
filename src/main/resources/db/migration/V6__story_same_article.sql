-- One article reached through two feeds (issue 11): an aggregator's redirect link hides the publisher's
-- URL, so such a story is also recognised by its outlet and normalised title (SameArticle).
-- title_key: SHA-256 of the outlet's key and the normalised title; NULL for stories stored before.
-- redirect_link: the stored URL is an aggregator's redirect, not the publisher's.
ALTER TABLE story ADD COLUMN title_key CHAR(64);
ALTER TABLE story ADD COLUMN redirect_link BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX story_title_key ON story (title_key, published_at);
