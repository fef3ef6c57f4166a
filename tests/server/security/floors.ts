/**
 * The lowest safe release of each security-relevant dependency, per release line: an advisory
 * fixed on several lines has one floor per line, and a line that never got the fix has none
 * (`minimum: null`: no release on it is safe). docs/security.md lists this same table; a test
 * checks that it does. Versions on a later line than any listed here came after the fix.
 */
export interface Floor {
  /** The package's name as npm knows it. */
  name: string;
  /** The releases this floor applies to, as a semver range. */
  line: string;
  /** The first fixed release on that line; null when the line never got a fix. */
  minimum: string | null;
  /** The advisory behind the floor. */
  advisory: string;
}

export const FLOORS: readonly Floor[] = [
  { name: 'socket.io-parser', line: '>=4.0.0', minimum: '4.2.3', advisory: 'CVE-2023-32695' },
  { name: 'socket.io-parser', line: '3.4.x', minimum: '3.4.3', advisory: 'CVE-2023-32695' },
  { name: 'socket.io-parser', line: '3.3.x', minimum: '3.3.4', advisory: 'CVE-2023-32695' },
  { name: 'socket.io-parser', line: '<3.3.0', minimum: null, advisory: 'CVE-2023-32695' },
  { name: 'ws', line: '>=8.0.0', minimum: '8.17.1', advisory: 'CVE-2024-37890' },
  { name: 'ws', line: '7.x', minimum: '7.5.10', advisory: 'CVE-2024-37890' },
  { name: 'ws', line: '6.x', minimum: '6.2.3', advisory: 'CVE-2024-37890' },
  { name: 'ws', line: '5.x', minimum: '5.2.4', advisory: 'CVE-2024-37890' },
  { name: 'ws', line: '<5.0.0', minimum: null, advisory: 'CVE-2024-37890' },
  { name: 'engine.io', line: '>=6.0.0', minimum: '6.4.2', advisory: 'CVE-2023-31125' },
  { name: 'engine.io', line: '<6.0.0', minimum: null, advisory: 'CVE-2023-31125' },
  { name: 'socket.io', line: '>=4.0.0', minimum: '4.6.2', advisory: 'CVE-2024-38355' },
  { name: 'socket.io', line: '3.x', minimum: null, advisory: 'CVE-2024-38355' },
  { name: 'socket.io', line: '2.x', minimum: '2.5.1', advisory: 'CVE-2024-38355' },
  { name: 'socket.io', line: '<2.0.0', minimum: null, advisory: 'CVE-2024-38355' },
  { name: 'express', line: '>=5.0.0', minimum: '5.0.0', advisory: 'CVE-2024-43796' },
  { name: 'express', line: '4.x', minimum: '4.20.0', advisory: 'CVE-2024-43796' },
  { name: 'express', line: '<4.0.0', minimum: null, advisory: 'CVE-2024-43796' },
  { name: 'path-to-regexp', line: '>=8.0.0', minimum: '8.0.0', advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '7.x', minimum: null, advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '6.x', minimum: '6.3.0', advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '>=4.0.0 <6.0.0', minimum: null, advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '3.x', minimum: '3.3.0', advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '2.x', minimum: null, advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '1.x', minimum: '1.9.0', advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '0.1.x', minimum: '0.1.10', advisory: 'CVE-2024-45296' },
  { name: 'path-to-regexp', line: '<0.1.0', minimum: null, advisory: 'CVE-2024-45296' },
  { name: 'body-parser', line: '>=2.0.0', minimum: '2.0.0', advisory: 'CVE-2024-45590' },
  { name: 'body-parser', line: '1.x', minimum: '1.20.3', advisory: 'CVE-2024-45590' },
  { name: 'body-parser', line: '<1.0.0', minimum: null, advisory: 'CVE-2024-45590' },
  { name: 'cookie', line: '>=1.0.0', minimum: '1.0.0', advisory: 'CVE-2024-47764' },
  { name: 'cookie', line: '0.x', minimum: '0.7.0', advisory: 'CVE-2024-47764' },
  { name: 'send', line: '>=1.0.0', minimum: '1.0.0', advisory: 'CVE-2024-43799' },
  { name: 'send', line: '0.x', minimum: '0.19.0', advisory: 'CVE-2024-43799' },
  { name: 'serve-static', line: '>=2.0.0', minimum: '2.1.0', advisory: 'CVE-2024-43800' },
  { name: 'serve-static', line: '1.x', minimum: '1.16.0', advisory: 'CVE-2024-43800' },
  { name: 'serve-static', line: '<1.0.0', minimum: null, advisory: 'CVE-2024-43800' },
  { name: 'esbuild', line: '>=0.25.0', minimum: '0.25.0', advisory: 'GHSA-67mh-4wv8-2f99' },
  { name: 'esbuild', line: '<0.25.0', minimum: null, advisory: 'GHSA-67mh-4wv8-2f99' },
  { name: 'nanoid', line: '>=5.0.0', minimum: '5.0.9', advisory: 'CVE-2024-55565' },
  { name: 'nanoid', line: '4.x', minimum: null, advisory: 'CVE-2024-55565' },
  { name: 'nanoid', line: '3.x', minimum: '3.3.8', advisory: 'CVE-2024-55565' },
  { name: 'nanoid', line: '<3.0.0', minimum: null, advisory: 'CVE-2024-55565' },
  { name: 'cross-spawn', line: '>=7.0.0', minimum: '7.0.5', advisory: 'CVE-2024-21538' },
  { name: 'cross-spawn', line: '6.x', minimum: '6.0.6', advisory: 'CVE-2024-21538' },
  { name: 'cross-spawn', line: '<6.0.0', minimum: null, advisory: 'CVE-2024-21538' },
  { name: 'braces', line: '>=3.0.0', minimum: '3.0.3', advisory: 'CVE-2024-4068' },
  { name: 'braces', line: '<3.0.0', minimum: null, advisory: 'CVE-2024-4068' },
  { name: 'micromatch', line: '>=4.0.0', minimum: '4.0.8', advisory: 'CVE-2024-4067' },
  { name: 'micromatch', line: '<4.0.0', minimum: null, advisory: 'CVE-2024-4067' },
  { name: 'pg', line: '>=7.2.0', minimum: '7.2.0', advisory: 'CVE-2017-16082' },
  { name: 'pg', line: '7.1.x', minimum: '7.1.2', advisory: 'CVE-2017-16082' },
  { name: 'pg', line: '7.0.x', minimum: '7.0.2', advisory: 'CVE-2017-16082' },
  { name: 'pg', line: '<7.0.0', minimum: null, advisory: 'CVE-2017-16082' },
  { name: 'vite', line: '>=6.3.0', minimum: '6.3.0', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '6.2.x', minimum: '6.2.6', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '6.1.x', minimum: '6.1.5', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '6.0.x', minimum: '6.0.15', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '5.4.x', minimum: '5.4.18', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '>=5.0.0 <5.4.0', minimum: null, advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '4.5.x', minimum: '4.5.13', advisory: 'CVE-2025-31125' },
  { name: 'vite', line: '<4.5.0', minimum: null, advisory: 'CVE-2025-31125' },
];
