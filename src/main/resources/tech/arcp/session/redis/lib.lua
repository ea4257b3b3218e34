-- Shared by every script (prepended at load time). Times are nanoseconds of this Redis server's
-- clock (TIME), the one time authority of every node: no node's clock enters a deadline. Lua
-- numbers are doubles: exact to 256 ns at today's epoch nanoseconds. Every key a script touches
-- shares the hash tag in `base` ("<prefix>{u:<tag>}:"). The script's reply is {NOW, reply}.
local NOW = 0

-- The server's time in epoch nanoseconds plus `shift` (a string: 0 in production; a test's fake
-- ticker fast-forwards the store with it). Every script calls it once, first.
local function server_now(shift)
  local t = redis.call('TIME')
  NOW = tonumber(t[1]) * 1000000000 + tonumber(t[2]) * 1000 + tonumber(shift)
  return NOW
end

local function fmt(nanos)
  return string.format('%.0f', nanos)
end
local function ms(nanos)
  local m = math.ceil(nanos / 1000000)
  if m < 1 then m = 1 end
  return m
end

local function expiry(now, ct, la, idle, abs)
  if now - (ct + abs) >= 0 then return 'absolute_timeout' end
  if now - (la + idle) >= 0 then return 'idle_timeout' end
  return false
end

local function ttl(now, ct, la, idle, abs)
  return ms(math.min(la + idle, ct + abs) - now)
end

-- A tombstone (or the live marker) lives until the absolute deadline plus one idle period:
-- Redis drops it then (PX), and readers also ignore it once `now` passed the time in its value.
local function bury(base, hex, value, ct, now, idle, abs)
  local forget = ct + abs + idle
  local t = base .. 't:' .. hex
  if forget - now <= 0 then
    redis.call('DEL', t)
  else
    redis.call('SET', t, value .. '|' .. fmt(forget), 'PX', ms(forget - now))
  end
end

-- While a session lives, its tombstone key holds a marker, so that a session Redis dropped at
-- its TTL is still reported with the precise reason.
local function mark_live(base, hex, id, ct, user, now, idle, abs)
  bury(base, hex, 'live|' .. id .. '|' .. ct .. '|' .. user, tonumber(ct), now, idle, abs)
end

local function as_map(fields)
  local h = {}
  for i = 1, #fields, 2 do h[fields[i]] = fields[i + 1] end
  return h
end

-- Ends a live session: deletes it, drops it from its user's index, leaves a tombstone with the
-- reason, tells the other nodes. Returns its fields, or nil when it does not exist.
local function finish(base, hex, reason, now, idle, abs, channel)
  local s = base .. 's:' .. hex
  local fields = redis.call('HGETALL', s)
  if #fields == 0 then return nil end
  local h = as_map(fields)
  redis.call('DEL', s)
  redis.call('ZREM', base .. 'i:' .. h.user, hex)
  bury(base, hex, reason .. '|' .. h.id, tonumber(h.ct), now, idle, abs)
  redis.call('PUBLISH', channel, base .. hex)
  return fields
end

-- Ends the session if its deadline passed; returns the reply for an expired session, or nil.
local function expire_if_due(base, hex, now, idle, abs, channel)
  local f = redis.call('HMGET', base .. 's:' .. hex, 'ct', 'la')
  if not f[1] then return nil end
  local reason = expiry(now, tonumber(f[1]), tonumber(f[2]), idle, abs)
  if not reason then return nil end
  return {'expired', reason, finish(base, hex, reason, now, idle, abs, channel)}
end

