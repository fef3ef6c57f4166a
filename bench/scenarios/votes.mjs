// votes: every participant votes at a steady 2,000 votes per second in all (paced: the ack time at
// the target rate), then casts and retracts as fast as its acks allow for a fixed time (the rush:
// how many durable votes per second the server takes). The target's ack p99 is the paced one:
// in the rush 1,000 clients each always wait for an ack, so by Little's law the ack time there is
// clients / throughput (1,000 / 5,000 per s = 200 ms) however fast the server is; an ack p99 of
// 50 ms in the rush would need 20,000 votes per second from one core shared with the load.
// Acked votes are counted on the clients; stored ones in the database after the server has
// stopped (countStoredVotes); the difference is what was lost.
import Database from 'better-sqlite3';
import { mergeSorted, percentile, round } from '../lib/util.mjs';

export const PACED_VOTES_PER_S = 2_000;
const WARM_UP_MS = 1_500;

async function phase(context, params) {
  const { workers, voteSessionIds } = context;
  const parts = await Promise.all(
    workers.map((worker) => worker.call('vote', { sessionIds: voteSessionIds, ...params })),
  );
  const refused = {};
  for (const part of parts) {
    for (const [code, count] of Object.entries(part.refused)) {
      refused[code] = (refused[code] ?? 0) + count;
    }
  }
  return {
    acked: parts.reduce((sum, part) => sum + part.acked, 0),
    timedOut: parts.reduce((sum, part) => sum + part.timedOut, 0),
    refused,
    ms: Math.max(...parts.map((part) => part.ms)),
    latencies: mergeSorted(parts.map((part) => part.latencies)),
  };
}

export async function votes(context) {
  const { options, measure } = context;
  const pacedSeconds = options.pacedSeconds;
  // Paced first: after the rush the database spends seconds folding ~50,000 new entries into its
  // file (the background checkpoint), which is not the steady voting the ack target is about.
  const intervalMs = (options.clients * 1000) / PACED_VOTES_PER_S;
  // Not measured: the first votes run through code the JIT has not compiled yet, on both sides.
  const warmUp = await phase(context, { durationMs: WARM_UP_MS, intervalMs });
  const paced =
    pacedSeconds > 0
      ? await phase(context, { durationMs: pacedSeconds * 1000, intervalMs })
      : { acked: 0, timedOut: 0, refused: {}, ms: 0, latencies: new Float64Array(0) };
  const rush = await measure(() => phase(context, { durationMs: options.voteSeconds * 1000 }));
  const refused = { ...rush.result.refused };
  for (const part of [warmUp, paced]) {
    for (const [code, count] of Object.entries(part.refused)) {
      refused[code] = (refused[code] ?? 0) + count;
    }
  }
  return {
    // Every phase: the database holds them all.
    acked: warmUp.acked + paced.acked + rush.result.acked,
    // Filled in from the database once the server has stopped.
    stored: null,
    lost: null,
    per_s: round(rush.result.acked / (rush.result.ms / 1000), 0),
    ack_p99_ms: pacedSeconds > 0 ? round(percentile(paced.latencies, 99)) : null,
    ack_p50_ms: pacedSeconds > 0 ? round(percentile(paced.latencies, 50)) : null,
    paced_per_s: pacedSeconds > 0 ? round(paced.acked / pacedSeconds, 0) : null,
    rush_ack_p50_ms: round(percentile(rush.result.latencies, 50)),
    rush_ack_p99_ms: round(percentile(rush.result.latencies, 99)),
    server_cpu_us_per_vote: round((rush.cpu.serverMs * 1000) / rush.result.acked, 0),
    timed_out: warmUp.timedOut + paced.timedOut + rush.result.timedOut,
    refused,
  };
}

/** Vote events of the camp in its log, read straight from the SQLite file. */
export function countStoredVotes(databaseFile, slug) {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS count
           FROM camp_log, json_each(camp_log.events) AS event
          WHERE camp_log.camp_id = (SELECT id FROM camps WHERE slug = ?)
            AND json_extract(event.value, '$.type') IN ('vote:cast', 'vote:retracted')`,
      )
      .get(slug);
    return row.count;
  } finally {
    db.close();
  }
}
