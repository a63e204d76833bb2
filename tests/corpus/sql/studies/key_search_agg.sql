-- Excerpt of jbcodeforce/flink-studies code/flink-sql/08-snapshot-external-query/readme.md (SQL blocks 6)
-- at 60e49beb862536c201e76dda662a638413b0f334, licence Apache-2.0; see tests/corpus/SOURCES.md.
with user_info as (
    select * from user_events, lateral table (KEY_SEARCH_AGG(`users_pg`, descriptor(id), coalesce(user_id,1)))
)
select user_id, evt_type, name, email 
from user_info CROSS JOIN UNNEST(search_results) AS T(id, name, email, creation);
