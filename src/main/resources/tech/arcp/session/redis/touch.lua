-- KEYS[1] session hash. ARGV: base, hex, shift, idle, abs, channel.
-- Checks both deadlines, moves last access forward only, sets PEXPIRE min(idle, absolute - now).
-- {'live', fields} | {'expired', reason, fields} | {'gone'}
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local s = KEYS[1]
local f = redis.call('HMGET', s, 'ct', 'la', 'user')
if not f[1] then return {'gone'} end
local ct, la = tonumber(f[1]), tonumber(f[2])
if now > la then
  redis.call('HSET', s, 'la', fmt(now))
  local index = base .. 'i:' .. f[3]
  redis.call('ZADD', index, fmt(now), hex)
  redis.call('PEXPIRE', index, ms(abs + idle))
  la = now
end
redis.call('PEXPIRE', s, ttl(now, ct, la, idle, abs))
return {'live', redis.call('HGETALL', s)}
