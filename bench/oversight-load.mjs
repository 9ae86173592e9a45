// The load generator for the oversight benchmark, run as its own process so that the server's event
// loop and the client's do not share a core's time slices unfairly. It receives, on its argv as JSON,
// the server's address and one session cookie and path per simulated user, drives them with autocannon
// (one keep-alive connection per user, each with its own cookie) for a fixed time, and prints the
// latency of every response (closed loop: each user asks again as soon as a page arrives; or, with
// perUserRate, at most that many pages a second each), so the parent can compute exact percentiles (autocannon's own summary has
// p97.5 but not p95).
import autocannon from 'autocannon';

const input = JSON.parse(process.argv[2]);
const latencies = [];
const statuses = {};

// One autocannon instance per user, each with one keep-alive connection, its own cookie and its page:
// autocannon's per-connection request hooks reset to the default request after the first one, so a
// shared instance cannot hold 50 different sessions.
// Paced users do not all ask at the same instant: each starts a fraction of the pacing interval after
// the one before, as people arriving at their desks would, instead of 50 requests landing together
// every second.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function runUser(user, index) {
  if (input.perUserRate) await sleep((index * 1000) / (input.perUserRate * input.users.length));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: input.url + user.path, connections: 1, pipelining: 1, duration: input.durationSeconds, headers: { cookie: user.cookie, accept: 'text/html' }, ...(input.perUserRate ? { connectionRate: input.perUserRate } : {}) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

const results = await Promise.all(input.users.map((user, index) => runUser(user, index)));
process.stdout.write(
  JSON.stringify({
    latencies,
    statuses,
    requests: latencies.length,
    errors: results.reduce((n, r) => n + r.errors, 0),
    timeouts: results.reduce((n, r) => n + r.timeouts, 0),
    durationSeconds: Math.max(...results.map((r) => r.duration)),
  }),
);
