-- wrk script for bench/load/serve_load.sh: a mix of search and article
-- requests on a running `warta serve` (wrk counts answers that are not
-- 2xx or 3xx as status errors).
--
--   wrk -t2 -c16 -d30s --latency -s search_and_articles.lua http://127.0.0.1:8080
--
-- WARTA_ARTICLES (environment): the highest article id to ask for (the
-- archive's article count); article ids are drawn evenly from 1..that.

local queries = {
  "pemerintah", "indonesia", "jakarta", "presiden", "ekonomi", "investasi",
  "kirim", "tangkap", "bantu", "periksa", "tahan", "tolak", "dukung", "pilih",
  "harga%20minyak", "kpk%20korupsi", "polisi%20tersangka", "bantuan%20korban",
  "%22mahkamah%20konstitusi%22", "%22komisi%20pemberantasan%20korupsi%22",
  "susilaningtyas", "kanjuruhan", "reshuffle", "mangkrak",
  "banjir&from=2023-01-01&to=2023-12-31", "polisi&site=www.tribunnews.com",
  "ekonomi&site=money.kompas.com&from=2023-06-01",
}

local articles = tonumber(os.getenv("WARTA_ARTICLES") or "1000")
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  math.randomseed(1000 + id)
end

-- Two searches for every article read.
function request()
  if math.random(3) <= 2 then
    local q = queries[math.random(#queries)]
    return wrk.format("GET", "/v1/search?q=" .. q .. "&limit=20")
  end
  return wrk.format("GET", "/v1/articles/" .. math.random(articles))
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d, seconds %.1f, requests/s %.0f\n",
    summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
