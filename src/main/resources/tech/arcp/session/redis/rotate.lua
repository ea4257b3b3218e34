-- KEYS[1] old session hash, KEYS[2] new session hash. ARGV: base, hex, shift, idle, abs, channel, new hex.
-- Moves a live session to a new key; the old key is tombstoned 'revoked'.
-- {'moved', fields} | {'expired', reason, fields} | {'gone'}
local base, hex, channel, to = ARGV[1], ARGV[2], ARGV[6], ARGV[7]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local fields = redis.call('HGETALL', KEYS[1])
if #fields == 0 then return {'gone'} end
local h = as_map(fields)
local ct, la = tonumber(h.ct), tonumber(h.la)
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('PEXPIRE', KEYS[2], ttl(now, ct, la, idle, abs))
bury(base, hex, 'revoked|' .. h.id, ct, now, idle, abs)
mark_live(base, to, h.id, h.ct, h.user, now, idle, abs)
local index = base .. 'i:' .. h.user
redis.call('ZREM', index, hex)
redis.call('ZADD', index, h.la, to)
redis.call('PEXPIRE', index, ms(abs + idle))
redis.call('PUBLISH', channel, base .. hex)
return {'moved', fields}
