// `npm run dev`: the API with restart-on-change (tsx watch) and the web app with hot reload (Vite, port 5173,
// proxying /api to the API on port 3000).
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3000';
const children = [
  spawn('npx', ['tsx', 'watch', 'packages/server/src/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  // Vite proxies /api to the API on whatever port it runs.
  spawn('npm', ['run', 'dev', '-w', '@sigap/web'], {
    stdio: 'inherit',
    env: { ...process.env, SIGAP_API_URL: `http://localhost:${port}` },
  }),
];
console.log(`Sigap dev: open http://localhost:5173 (API on http://localhost:${port})`);
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => {
    if (code) {
      stop();
      process.exit(code);
    }
  });
