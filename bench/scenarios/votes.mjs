// votes: every participant casts and retracts votes as fast as its acks allow for a fixed time
// (the rush: how many durable votes per second the server takes), then at a steady 2,000 votes per
// second in all (paced: the ack time at the target rate). The target's ack p99 is the paced one:
// in the rush 1,000 clients each always wait for an ack, so by Little's law the ack time there is
// clients / throughput (1,000 / 5,000 per s = 200 ms) however fast the server is; an ack p99 of
// 50 ms in the rush would need 20,000 votes per second from one core shared with the load.
// Acked votes are counted on the clients; stored ones in the database after the server has
// stopped (countStoredVotes); the difference is what was lost.
import Database from 'better-sqlite3';
import { mergeSorted, percentile, round } from '../lib/util.mjs';

export const PACED_VOTES_PER_S = 2_000;

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
  const rush = await measure(() => phase(context, { durationMs: options.voteSeconds * 1000 }));
  const pacedSeconds = options.pacedSeconds;
  const paced =
    pacedSeconds > 0
      ? await phase(context, {
          durationMs: pacedSeconds * 1000,
          intervalMs: (options.clients * 1000) / PACED_VOTES_PER_S,
        })
      : { acked: 0, timedOut: 0, refused: {}, ms: 0, latencies: new Float64Array(0) };
  const refused = { ...rush.result.refused };
  for (const [code, count] of Object.entries(paced.refused)) {
    refused[code] = (refused[code] ?? 0) + count;
  }
  return {
    // Both phases: the database holds both.
    acked: rush.result.acked + paced.acked,
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
    timed_out: rush.result.timedOut + paced.timedOut,
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
