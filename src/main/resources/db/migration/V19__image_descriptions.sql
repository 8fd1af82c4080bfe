-- An image's description, its alt text: what the viewer shows and edits, and what a post inserting the image
-- says of it to those who cannot see it. Empty where nobody has written one (the name stands in then).
alter table stored_image add column description varchar(500) default '' not null;
