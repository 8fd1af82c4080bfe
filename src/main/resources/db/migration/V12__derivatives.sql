-- The queue of derivative work (thumbnail and display size), a job per image: claimed by a conditional
-- update with a lease (see DerivativeJobs), so that several nodes may share it and a node that dies
-- mid-job loses its job when the lease ends. A failed attempt waits until next_attempt_at; after the
-- last attempt the job is FAILED with its reason, and the original is served in place of derivatives.
create table derivative_job (
    image_id        bigint       not null primary key references stored_image (id) on delete cascade,
    state           varchar(16)  not null,
    attempts        integer      default 0 not null,
    next_attempt_at timestamp(6) with time zone not null,
    lease_holder    varchar(128),
    lease_until     timestamp(6) with time zone,
    last_error      varchar(1000),
    updated_at      timestamp(6) with time zone not null,
    constraint derivative_job_state_ck check (state in ('PENDING', 'DONE', 'FAILED'))
);
create index derivative_job_due_idx on derivative_job (state, next_attempt_at);

-- The derivatives made, a row per image and kind; none for a kind the original is not larger than.
-- Their files are in the image storage under stored_name (<base>_t.jpg, <base>_d.png).
create table image_derivative (
    image_id    bigint      not null references stored_image (id) on delete cascade,
    kind        varchar(16) not null,
    stored_name varchar(64) not null,
    media_type  varchar(32) not null,
    width       integer     not null,
    height      integer     not null,
    size_bytes  bigint      not null,
    sha256      varchar(64) not null,
    constraint image_derivative_pk primary key (image_id, kind),
    constraint image_derivative_stored_name_uq unique (stored_name),
    constraint image_derivative_kind_ck check (kind in ('THUMB', 'DISPLAY'))
);

-- The backfill: every image uploaded before derivatives existed gets its job, done by the same queue.
insert into derivative_job (image_id, state, attempts, next_attempt_at, updated_at)
select id, 'PENDING', 0, current_timestamp, current_timestamp from stored_image;
