-- A row that start-up tasks lock (select ... for update) so that nodes starting together on one database
-- create groups, grants and users one after the other, not twice (setup/StartupLock).
create table startup_lock (
  name varchar(40) primary key
);
insert into startup_lock (name) values ('setup');
