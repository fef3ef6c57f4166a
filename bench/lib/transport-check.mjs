// Which native helpers the server's ws library picked up: bufferutil masks and unmasks frames,
// and UTF-8 checks use Node's own buffer.isUtf8 (utf-8-validate is only a fallback for old Node).
import { createRequire } from 'node:module';
import path from 'node:path';

export function transportCheck() {
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('engine.io'));
    const wsDir = path.dirname(require.resolve('ws/package.json'));
    const bufferUtil = require(path.join(wsDir, 'lib/buffer-util.js'));
    const validation = require(path.join(wsDir, 'lib/validation.js'));
    const utf8 = validation.isValidUTF8.toString();
    return {
      bufferutil: /bufferUtil\.unmask/.test(bufferUtil.unmask.toString()),
      utf8_check: /isUtf8\(/.test(utf8)
        ? 'buffer.isUtf8'
        : /isValidUTF8\(buf\)/.test(utf8)
          ? 'utf-8-validate'
          : 'javascript',
    };
  } catch {
    return { bufferutil: null, utf8_check: null };
  }
}
