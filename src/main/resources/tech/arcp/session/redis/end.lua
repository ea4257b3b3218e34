-- KEYS[1] session hash. ARGV: base, hex, shift, idle, abs, channel, reason.
-- {'ended', fields} | {'expired', reason, fields} | {'gone'}. An ended session's tombstone is
-- written again (same value and TTL): a WAIT after this call then confirms that ending too.
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local fields = finish(base, hex, ARGV[7], now, idle, abs, channel)
if not fields then
  local t = base .. 't:' .. hex
  local v = redis.call('GET', t)
  if v then redis.call('SET', t, v, 'KEEPTTL') end
  return {'gone'}
end
return {'ended', fields}
