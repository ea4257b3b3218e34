-- KEYS[1] user index. ARGV: base, shift, idle, abs. {hex, fields} of each live session (no writes).
local base = ARGV[1]
local now, idle, abs = server_now(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local out = {}
for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local fields = redis.call('HGETALL', base .. 's:' .. m)
  if #fields > 0 then
    local h = as_map(fields)
    if not expiry(now, tonumber(h.ct), tonumber(h.la), idle, abs) then out[#out + 1] = {m, fields} end
  end
end
return out
