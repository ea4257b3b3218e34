-- KEYS[1] session hash. ARGV: base, hex, shift, idle, abs, channel, reason.
-- {'ended', fields} | {'expired', reason, fields} | {'gone'}
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local fields = finish(base, hex, ARGV[7], now, idle, abs, channel)
if not fields then return {'gone'} end
return {'ended', fields}
