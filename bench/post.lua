-- wrk script: POST /v1/moderate with JSON comments from the bench's mix.
--
--   wrk -s bench/post.lua --latency URL -- BODIES_FILE
--
-- BODIES_FILE holds one JSON request body per line; each wrk thread walks
-- through them from its own starting point, so consecutive requests carry
-- different comments. Counts non-2xx and 5xx responses (wrk itself only
-- counts >= 400) and prints one machine-readable line at the end:
--   BENCH_JSON {...}

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

local bodies = {}
local count = 0
local position = 0
non2xx = 0
status5xx = 0

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk -s post.lua URL -- BODIES_FILE")
  end
  for line in io.lines(path) do
    if #line > 0 then
      count = count + 1
      bodies[count] = line
    end
  end
  if count == 0 then
    error("no request bodies in " .. path)
  end
  position = ((thread_number or 0) * 7919) % count
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  position = position % count + 1
  return wrk.format("POST", "/v1/moderate", nil, bodies[position])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  if status >= 500 then
    status5xx = status5xx + 1
  end
end

function done(summary, latency, requests)
  local bad, server_errors = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
    server_errors = server_errors + (thread:get("status5xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "timeout": %d, "status_ge_400": %d, "non2xx": %d, "status5xx": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout,
    e.status, bad, server_errors, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean))
end
