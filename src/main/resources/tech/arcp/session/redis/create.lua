-- KEYS[1] session hash, KEYS[2] user index. ARGV: base, hex, shift, idle, abs, channel, max, field/value pairs...
-- Stores the session with its creation and last access at the server's now (the caller's
-- values of ct, la and cms are replaced), then ends the least recently used live sessions of
-- the user over max. {'ok', now, {reason, hex, fields}...} listing every session this call ended.
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs, max = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[7])
local pairs_ = {}
local stamp = {ct = fmt(now), la = fmt(now), cms = string.sub(fmt(now), 1, -7)} -- ms: exact, as text
for i = 8, #ARGV, 2 do
  pairs_[#pairs_ + 1] = ARGV[i]
  pairs_[#pairs_ + 1] = stamp[ARGV[i]] or ARGV[i + 1]
end
redis.call('HSET', KEYS[1], unpack(pairs_))
local h = as_map(pairs_)
local ct, la = tonumber(h.ct), tonumber(h.la)
redis.call('PEXPIRE', KEYS[1], ttl(now, ct, la, idle, abs))
mark_live(base, hex, h.id, h.ct, h.user, now, idle, abs)
redis.call('ZADD', KEYS[2], h.la, hex)
redis.call('PEXPIRE', KEYS[2], ms(abs + idle)) -- outlives every member's tombstone window
local ended = {'ok', fmt(now)}
local live = {}
for _, m in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  if m ~= hex then
    local expired = expire_if_due(base, m, now, idle, abs, channel)
    if expired then
      ended[#ended + 1] = {expired[2], m, expired[3]}
    elseif redis.call('EXISTS', base .. 's:' .. m) == 0 then
      redis.call('ZREM', KEYS[2], m)
    else
      live[#live + 1] = m
    end
  end
end
local i = 1
while #live - i + 2 > max do
  ended[#ended + 1] = {'evicted', live[i], finish(base, live[i], 'evicted', now, idle, abs, channel)}
  i = i + 1
end
return ended
