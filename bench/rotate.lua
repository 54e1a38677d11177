-- wrk script for bench/public-pages.sh. With $PATHS (a file of paths, one per line) it requests them in turn, so
-- a run spreads over many credentials instead of one cached page; at the end it prints the latency percentiles
-- wrk does not show (p95) in one parseable line.
local paths = nil
if os.getenv("PATHS") then
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
end
local i = 0

init = function(args)
  if paths then
    i = math.random(#paths)
  end
end

request = function()
  if not paths then
    return wrk.request()
  end
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end

done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES p50=%.2f p95=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
