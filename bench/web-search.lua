-- wrk script: GET /api/search with a rotating set of queries (the site's search-as-you-type load).
local queries = {
  "softmax", "gradient", "batch%20norm", "backprop", "kullback%20leibler", "sgd", "chain%20rule",
  "cross%20entropy", "normalization", "%5Cnabla", "mean%20squared%20error", "vanishing%20gradients",
  "lstm", "dropout", "convolution", "attention", "relu", "adam", "autoencoder", "jacobian",
  "softm", "gradi", "regularization%20weight%20decay", "%22log%20likelihood%22"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
