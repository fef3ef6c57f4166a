// Targets from issue 6 and the two ways to print a run: a table for people, one JSON line for tools.

/** The targets that apply to a run with this many clients. */
export function checksFor(result) {
  const { clients, fanout, votes, reconnect, memory, bundle } = result;
  const checks = [];
  const add = (name, value, limit, ok) => {
    if (value !== null && value !== undefined) checks.push({ name, value, limit, ok: ok(value) });
  };
  if (fanout) {
    const limit = clients <= 1000 ? 50 : 150;
    add('fan-out p99 ms', fanout.p99_ms, `<= ${limit}`, (value) => value <= limit);
    add('fan-out p99 / baseline', fanout.ratio_p99, '<= 1.3', (value) => value <= 1.3);
  }
  if (votes && clients <= 1000) {
    add('votes per s', votes.per_s, '>= 2000', (value) => value >= 2000);
    add('votes lost', votes.lost, '= 0', (value) => value === 0);
    add('vote ack p99 ms', votes.ack_p99_ms, '<= 50', (value) => value <= 50);
  }
  if (reconnect) {
    add('reconnect resynced', reconnect.resynced, `= ${reconnect.clients}`, (value) => {
      return value === reconnect.clients;
    });
    add('reconnect missed events', reconnect.missed_events, '= 0', (value) => value === 0);
    add('reconnect p99 ms', reconnect.p99_ms, '<= 3000', (value) => value <= 3000);
  }
  if (memory && clients >= 5000) {
    add('RSS per connection KB', memory.rss_per_connection_kb, '<= 30', (value) => value <= 30);
  }
  if (bundle) {
    const limit = bundle.budget_kb;
    add('attendee initial JS KB', bundle.attendee_initial_js_gzip_kb, `<= ${limit}`, (value) => {
      return value <= limit;
    });
  }
  return checks;
}

const show = (value) => (value === null || value === undefined ? '–' : String(value));

function section(title, rows) {
  const lines = [title];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(28)} ${show(value)}`);
  return lines.join('\n');
}

/**
 * A missed storm target means little when the bare Socket.IO server misses it too: then the
 * machine, not campgrid, sets the time. Says so, with the figures that show it.
 */
function reconnectNote(reconnect) {
  if (!reconnect || reconnect.p99_ms === null || reconnect.p99_ms <= 3000) return null;
  const bare = reconnect.baseline_p99_ms;
  if (bare === null || bare === undefined || bare <= 3000) return null;
  return (
    `reconnect p99: the bare Socket.IO server needs ${bare} ms for the same storm in this run ` +
    `(its CPU floor: ${show(reconnect.baseline_cpu_floor_ms)} ms), so on this machine 3000 ms ` +
    "is out of reach even without campgrid's code; compare the ratio and the CPU per reconnect"
  );
}

export function formatTable(result, checks) {
  const { fanout, votes, reconnect, memory, planner, bundle } = result;
  const { bufferutil, utf8_check: utf8 } = result.transport;
  const parts = [
    `campgrid bench: ${result.clients} clients, ${result.machine}\n` +
      `ws: bufferutil ${bufferutil ? 'in use' : 'NOT in use'}, UTF-8 checks by ${utf8}`,
  ];
  if (fanout) {
    parts.push(
      section('fan-out (moderator moves, ms from commit to arrival)', [
        ['p50 / p95 / p99', `${fanout.p50_ms} / ${fanout.p95_ms} / ${fanout.p99_ms}`],
        ['bare Socket.IO p99', fanout.baseline_p99_ms],
        ['p99 ratio', fanout.ratio_p99],
        ['moves x arrivals', `${fanout.moves} x ${fanout.arrivals}`],
        ['payload bytes', fanout.payload_bytes],
        [
          'server CPU per move ms',
          `${fanout.server_cpu_ms_per_move} (bare Socket.IO ${fanout.baseline_cpu_ms_per_move})`,
        ],
      ]),
    );
  }
  if (votes) {
    parts.push(
      section('votes (2,000 per s, then a rush as fast as acks allow)', [
        ['acked / stored / lost', `${votes.acked} / ${show(votes.stored)} / ${show(votes.lost)}`],
        ['paced: votes per s', show(votes.paced_per_s)],
        ['paced: ack p50 / p99 ms', `${show(votes.ack_p50_ms)} / ${show(votes.ack_p99_ms)}`],
        ['rush: durable votes per s', votes.per_s],
        ['rush: ack p50 / p99 ms', `${votes.rush_ack_p50_ms} / ${votes.rush_ack_p99_ms}`],
        ['server CPU per vote µs (rush)', votes.server_cpu_us_per_vote],
        ['refused / timed out', `${JSON.stringify(votes.refused)} / ${votes.timed_out}`],
      ]),
    );
  }
  if (reconnect) {
    parts.push(
      section('reconnect storm (all drop at once)', [
        ['back in sync', `${reconnect.resynced} of ${reconnect.clients}`],
        ['server CPU per reconnect ms', reconnect.server_cpu_ms_per_client],
        ['missed events', reconnect.missed_events],
        ['time to sync p50 / p99 ms', `${reconnect.p50_ms} / ${reconnect.p99_ms}`],
        [
          'bare Socket.IO p99 ms',
          `${show(reconnect.baseline_p99_ms)} (${show(reconnect.baseline_synced)} of ${show(reconnect.baseline_clients)})`,
        ],
        ['p99 ratio', show(reconnect.ratio_p99)],
        ['bare Socket.IO CPU per reconnect ms', show(reconnect.baseline_cpu_ms_per_client)],
        [
          'load CPU per reconnect ms',
          `${show(reconnect.load_cpu_ms_per_client)} (bare Socket.IO ${show(reconnect.baseline_load_cpu_ms_per_client)})`,
        ],
        [
          'CPU floor ms',
          `${show(reconnect.cpu_floor_ms)} (bare Socket.IO ${show(reconnect.baseline_cpu_floor_ms)})`,
        ],
      ]),
    );
  }
  if (memory) {
    parts.push(
      section('memory (server RSS)', [
        ['idle, no connections MB', memory.idle_rss_mb],
        ['all connected, idle MB', memory.connected_rss_mb],
        ['per connection KB', memory.rss_per_connection_kb],
      ]),
    );
  }
  if (planner) {
    parts.push(
      section('planner (makeBenchCase)', [
        ['suggestPlan median ms', planner.ms],
        ['clashes / baseline', `${show(planner.clashes)} / ${show(planner.baseline_clashes)}`],
      ]),
    );
  }
  if (bundle) {
    parts.push(
      section('bundle', [['attendee initial JS gzip KB', bundle.attendee_initial_js_gzip_kb]]),
    );
  }
  if (checks.length > 0) {
    parts.push(
      section(
        'targets',
        checks.map((check) => [
          check.name,
          `${check.ok ? 'ok  ' : 'MISS'} ${check.value} (${check.limit})`,
        ]),
      ),
    );
  }
  const stormNote = reconnectNote(reconnect);
  if (stormNote !== null) parts.push(stormNote);
  if (result.foreign_cpu_pct !== undefined) {
    const busy = result.foreign_cpu_pct >= 10;
    parts.push(
      `other processes took ${result.foreign_cpu_pct}% of the machine while the bench measured` +
        (busy ? ': the figures are skewed, run again on a quiet machine' : ''),
    );
  }
  parts.push(`run took ${result.seconds} s`);
  return parts.join('\n\n');
}

const EMPTY = {
  fanout: { p50_ms: null, p95_ms: null, p99_ms: null, baseline_p99_ms: null, ratio_p99: null },
  votes: { acked: null, stored: null, lost: null, per_s: null, ack_p99_ms: null },
  reconnect: { clients: null, resynced: null, missed_events: null, p99_ms: null },
  memory: { rss_per_connection_kb: null },
  planner: { ms: null, clashes: null, baseline_clashes: null },
  bundle: { attendee_initial_js_gzip_kb: null },
};

/** The keys in the order, null where a scenario did not run, then extras. */
export function jsonLine(result, checks) {
  const object = { clients: result.clients };
  for (const [key, empty] of Object.entries(EMPTY)) object[key] = { ...empty, ...result[key] };
  if (result.consistency) object.consistency = result.consistency;
  if (result.foreign_cpu_pct !== undefined) object.foreign_cpu_pct = result.foreign_cpu_pct;
  object.checks = Object.fromEntries(checks.map((check) => [check.name, check.ok]));
  object.machine = result.machine;
  object.transport = result.transport;
  object.seconds = result.seconds;
  return JSON.stringify(object);
}
