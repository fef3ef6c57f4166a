import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/src/config.js';

describe('parseConfig', () => {
  it('falls back to the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      demo: true,
      publicOrigin: null,
      logLevel: 'info',
      allowedOrigins: [],
      databaseUrl: null,
      redisUrl: null,
      redisStream: 'campgrid',
    });
  });

  it('finds the client build next to the server, from the repo root', () => {
    const { clientDist } = parseConfig({});
    expect(path.isAbsolute(clientDist)).toBe(true);
    expect(clientDist).toBe(path.resolve(import.meta.dirname, '../../client/dist'));
  });

  it('reads every variable', () => {
    const config = parseConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/campgrid',
      DEMO: 'false',
      PUBLIC_ORIGIN: 'https://camp.example.org/',
      LOG_LEVEL: 'silent',
      ALLOWED_ORIGINS: 'http://localhost:5173, https://other.example.org',
      CLIENT_DIST: '/srv/client',
      DATABASE_URL: 'postgres://campgrid:secret@db.internal:5432/campgrid',
      REDIS_URL: 'redis://redis.internal:6379/2',
      REDIS_STREAM: 'campgrid-staging',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/campgrid',
      demo: false,
      publicOrigin: 'https://camp.example.org',
      logLevel: 'silent',
      allowedOrigins: ['http://localhost:5173', 'https://other.example.org'],
      clientDist: '/srv/client',
      databaseUrl: 'postgres://campgrid:secret@db.internal:5432/campgrid',
      redisUrl: 'redis://redis.internal:6379/2',
      redisStream: 'campgrid-staging',
      rateLimits: {
        socketCommands: 300,
        ipCommands: 3_000,
        ipConnects: 3_000,
        ipJoins: 600,
        ipCamps: 60,
      },
      trustProxyHops: 0,
      retentionSweepMinutes: 60,
    });
  });

  it.each([
    ['false', false],
    ['0', false],
    ['FALSE', false],
    ['true', true],
    ['1', true],
  ])('reads DEMO=%s as %s', (value, expected) => {
    expect(parseConfig({ DEMO: value }).demo).toBe(expected);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', DEMO: '', PUBLIC_ORIGIN: '' })).toMatchObject({
      port: 3000,
      demo: true,
      publicOrigin: null,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DEMO', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_ORIGIN', 'camp.example.org'],
    ['PUBLIC_ORIGIN', 'ftp://camp.example.org'],
    ['ALLOWED_ORIGINS', 'http://ok.example.org,not a url'],
    ['DATABASE_URL', 'mysql://db.internal/campgrid'],
    ['DATABASE_URL', 'db.internal:5432'],
    ['REDIS_URL', 'http://redis.internal:6379'],
    ['REDIS_STREAM', 'with space'],
  ])('names %s when it is %j', (variable, value) => {
    expect(() => parseConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [variable]: value })).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it('never repeats a connection URL, which may hold a password, in its error', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://campgrid:hunter2@db/campgrid' })).toThrow(
      /^(?!.*hunter2).*DATABASE_URL/,
    );
  });
});
