export const SCENARIOS = ['fanout', 'votes', 'reconnect', 'memory', 'planner', 'bundle'];

const USAGE = `Usage: npm run bench -- [options]

  --clients N         connected clients (default 1000)
  --scenario NAME     run one scenario (or several, comma-separated): ${SCENARIOS.join(', ')}
  --json              print one JSON object as the last line of output
  --check             exit with status 1 when a target is missed
  --workers N         load processes (default 2)
  --moves N           moderator moves in the fan-out scenario (default 60)
  --move-interval MS  time between two moves (default: 60, or clients / 25 when more)
  --vote-seconds S    length of the votes rush (default 8)
  --paced-seconds S   length of the paced votes before the rush (default 4; 0 skips them)
  --server-entry FILE run this server build instead of server/dist/index.js (to compare
                      two builds on the same machine; see docs/performance.md)
  --profile DIR       profile the server (V8, over --inspect) during the connect phase and
                      each scenario; writes DIR/<phase>.cpuprofile (see bench/profile-summary.mjs)
  --help              this text`;

function positiveInteger(name, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} needs a positive whole number, got "${value}"`);
  }
  return number;
}

export function parseArgs(argv) {
  const options = {
    clients: 1000,
    scenarios: SCENARIOS,
    json: false,
    check: false,
    workers: 2,
    moves: 60,
    /** null: max(60 ms, clients / 25 ms), see docs/performance.md. */
    moveIntervalMs: null,
    voteSeconds: 8,
    pacedSeconds: 4,
    profileDir: null,
    serverEntry: null,
    help: false,
  };
  const args = [...argv];
  const value = (name) => {
    const next = args.shift();
    if (next === undefined) throw new Error(`${name} needs a value`);
    return next;
  };
  while (args.length > 0) {
    const arg = args.shift();
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (inline !== undefined) args.unshift(inline);
    switch (name) {
      case '--clients':
        options.clients = positiveInteger(name, value(name));
        break;
      case '--scenario': {
        const scenarios = value(name).split(',');
        for (const scenario of scenarios) {
          if (!SCENARIOS.includes(scenario)) {
            throw new Error(`unknown scenario "${scenario}"; one of ${SCENARIOS.join(', ')}`);
          }
        }
        options.scenarios = scenarios;
        break;
      }
      case '--json':
        options.json = true;
        break;
      case '--check':
        options.check = true;
        break;
      case '--workers':
        options.workers = positiveInteger(name, value(name));
        break;
      case '--moves':
        options.moves = positiveInteger(name, value(name));
        break;
      case '--move-interval':
        options.moveIntervalMs = positiveInteger(name, value(name));
        break;
      case '--vote-seconds':
        options.voteSeconds = positiveInteger(name, value(name));
        break;
      case '--paced-seconds': {
        const seconds = Number(value(name));
        if (!Number.isInteger(seconds) || seconds < 0) {
          throw new Error(`${name} needs a whole number of seconds, got "${seconds}"`);
        }
        options.pacedSeconds = seconds;
        break;
      }
      case '--profile':
        options.profileDir = value(name);
        break;
      case '--server-entry':
        options.serverEntry = value(name);
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option "${arg}"\n\n${USAGE}`);
    }
  }
  // One broadcast to N sockets takes about N × 16 µs of server CPU; moves closer together than
  // that would measure a queue of broadcasts rather than how long one takes to reach everyone.
  options.moveIntervalMs ??= Math.max(60, Math.ceil(options.clients / 25));
  return options;
}

export { USAGE };
