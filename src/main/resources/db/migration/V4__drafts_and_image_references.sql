-- Drafts: a post is public only once published. published_at is the FIRST publication and stays
-- when the post is unpublished, so publishing again keeps its date.
alter table post add column published boolean default false not null;
alter table post add column published_at timestamp(6) with time zone;
-- The first library image of the body, derived on every save like the excerpt: lists never read bodies.
alter table post add column cover_image varchar(64);

-- Every post written before drafts existed was public.
update post set published = true, published_at = created_at;

drop index post_newest_idx;
create index post_published_idx on post (published, published_at desc, id desc);
create index post_drafts_idx on post (author_id, published, updated_at desc, id desc);

-- Where images are used. A referrer names its owner ("post:42"), so the images feature knows
-- nothing of posts. No foreign key to stored_image: a deleted image keeps its references, and the
-- post shows a placeholder where it was.
create table image_reference (
    stored_name varchar(64) not null,
    referrer    varchar(64) not null,
    primary key (stored_name, referrer)
);
create index image_reference_referrer_idx on image_reference (referrer);

-- Posts written before this migration have neither cover nor references yet: the application
-- derives them from the bodies once at start-up (PostIndexBackfill) and empties this queue.
create table post_reindex (
    post_id bigint not null primary key
);
insert into post_reindex (post_id) select id from post;
