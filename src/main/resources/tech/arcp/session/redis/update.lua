-- KEYS[1] session hash. ARGV: base, hex, shift, idle, abs, channel, expected pin, new pin.
-- Compare-and-set of the PIN state ('hash|verified|failures'); times and key never change.
-- {'updated'} | {'conflict'} | {'expired', reason, fields} | {'gone'}
local base, hex, channel = ARGV[1], ARGV[2], ARGV[6]
local now, idle, abs = server_now(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local expired = expire_if_due(base, hex, now, idle, abs, channel)
if expired then return expired end
local pin = redis.call('HGET', KEYS[1], 'pin')
if not pin then return {'gone'} end
if pin ~= ARGV[7] then return {'conflict'} end
redis.call('HSET', KEYS[1], 'pin', ARGV[8])
redis.call('PUBLISH', channel, base .. hex)
return {'updated'}
