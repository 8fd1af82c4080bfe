-- The text readers see, derived from the body on every save (see PostText): search looks here and in the
-- title, not in the Markdown, whose image addresses ("/files/….png") matched every post with an image.
alter table post add column search_text varchar(100000) default '' not null;

-- Existing posts get theirs, and an excerpt from their first paragraph, at the next start (PostIndexBackfill).
insert into post_reindex (post_id) select id from post where id not in (select post_id from post_reindex);
