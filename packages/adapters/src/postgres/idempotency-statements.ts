/**
 * The idempotency store's statements, each one round trip (issue 21: the claim used to take two, the
 * completion two more). Placeholders are knex `?`s, in the order the store passes its bindings.
 */
export const IDEMPOTENCY_TABLE = 'idempotency_keys';
const T = IDEMPOTENCY_TABLE;

/**
 * Count of the user's other live keys (the quota), the fenced claim — inserted only under the quota, and
 * taking an existing row over only when it expired or its lease ran out with the same fingerprint — and the
 * row as the statement's snapshot saw it when the claim was refused. Bindings: user, now, key (count);
 * user, key, origin, method, route, fingerprint, lease end, now, expiry, quota (claim); user, key (row).
 * INSERT … SELECT gives its parameters no column types, hence the casts.
 */
export const CLAIM_SQL = `
with live as (
  select count(*) as n from ${T} where user_id = ? and expires_at > ? and key <> ?
), claimed as (
  insert into ${T} (user_id, key, origin, method, route, fingerprint, state, attempt, locked_until, created_at, expires_at)
  select ?::uuid, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, 'in_flight', 1,
         ?::timestamptz, ?::timestamptz, ?::timestamptz
   where (select n from live) < ?::bigint
  on conflict (user_id, key) do update set
    origin = excluded.origin, method = excluded.method, route = excluded.route, fingerprint = excluded.fingerprint,
    state = 'in_flight', attempt = ${T}.attempt + 1, locked_until = excluded.locked_until,
    response_status = null, response_headers = null, response_body = null, completed_at = null,
    created_at = excluded.created_at, expires_at = excluded.expires_at
  where ${T}.expires_at <= excluded.created_at
     or (${T}.state = 'in_flight' and ${T}.locked_until <= excluded.created_at and ${T}.fingerprint = excluded.fingerprint)
  returning id, attempt
)
select (select n from live) as live, c.id, c.attempt,
       e.id as held_id, e.fingerprint, e.state, e.locked_until, e.response_status, e.response_headers, e.response_body,
       e.created_at, e.expires_at
  from (select 1) as one
  left join claimed c on true
  left join ${T} e on c.id is null and e.user_id = ? and e.key = ?`;

const COMPLETE = `
  update ${T} set state = 'completed', response_status = ?, response_headers = ?, response_body = ?,
                  completed_at = ?, locked_until = null
   where id = ? and attempt = ? and state = 'in_flight'
  returning id, user_id`;

/**
 * Fenced completion: stores the outcome only while the ticket owns the key. Bindings: status, headers
 * (JSON), body, completed at, id, attempt. Answers `n` = rows completed (0 or 1).
 */
export const COMPLETE_SQL = `with done as (${COMPLETE}) select count(*)::int as n from done`;

/**
 * The same completion, which as a success also ends the user's other finished keyless windows (expires them
 * at `at`; rows another transaction holds are skipped, as waiting could deadlock). Extra bindings: at, id,
 * at. The window rows are other rows than the completed one, so the snapshot both parts share is enough.
 */
export const COMPLETE_SUCCESS_SQL = `
with done as (${COMPLETE}), ended as (
  update ${T} set expires_at = ?
   where id in (select k.id from ${T} k
                 where k.user_id = (select user_id from done)
                   and k.origin = 'fallback' and k.state = 'completed' and k.id <> ? and k.expires_at > ?
                 for update skip locked)
)
select count(*)::int as n from done`;
