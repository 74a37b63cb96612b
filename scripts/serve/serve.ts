/**
 * `npm start`'s server: serves a production build (default dist/) on a port (default 4173).
 * Usage: tsx scripts/serve/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: 'localhost' },
  },
});
const dir = resolve(values.dir);
if (!existsSync(join(dir, 'index.html'))) {
  process.stderr.write(`No build in ${dir}: run "npm run build" first.\n`);
  process.exit(2);
}
const port = Number(values.port);
const server = createStaticServer(dir);
server.once('error', (error) => {
  process.stderr.write(`Cannot serve on port ${port}: ${error.message}\n`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  process.stdout.write(`Serving ${dir} at http://${values.host}:${port}/ (Ctrl+C stops)\n`);
});
