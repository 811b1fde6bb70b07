// `npm run dev`: the API with restart-on-change (tsx watch) and the web app with hot reload (Vite, port 5173,
// proxying /api to the API on port 3000).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'packages/server/src/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: process.env.PORT ?? '3000' },
  }),
  spawn('npm', ['run', 'dev', '-w', '@sigap/web'], { stdio: 'inherit' }),
];
console.log('Sigap dev: open http://localhost:5173 (API on http://localhost:3000)');
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
