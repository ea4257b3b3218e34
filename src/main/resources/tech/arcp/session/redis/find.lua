-- KEYS[1] session hash. ARGV: base, hex, shift, idle, abs, channel.
-- {'live', fields} | {'expired', reason, fields} (ended by this call) | {'tomb', reason, id}
-- | {'vanished', reason, id, ct, user} (Redis dropped it at its TTL; ended by this call) | {'unknown'}
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local fields = redis.call('HGETALL', KEYS[1])
if #fields > 0 then return {'live', fields} end
local t = base .. 't:' .. hex
local v = redis.call('GET', t)
if not v then return {'unknown'} end
local body, forget = string.match(v, '^(.*)|(%d+)$')
if now - tonumber(forget) >= 0 then
  redis.call('DEL', t)
  return {'unknown'}
end
local id, ct, user = string.match(body, '^live|(%-?%d+)|(%-?%d+)|(.*)$')
if not id then
  local reason, tid = string.match(body, '^([%a_]+)|(%-?%d+)$')
  return {'tomb', reason, tid}
end
local reason = 'idle_timeout'
if now - (tonumber(ct) + abs) >= 0 then reason = 'absolute_timeout' end
redis.call('SET', t, reason .. '|' .. id .. '|' .. forget, 'KEEPTTL')
redis.call('ZREM', base .. 'i:' .. user, hex)
return {'vanished', reason, id, ct, user}
