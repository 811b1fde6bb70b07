// Sigap under PM2, for hosts without systemd: `pm2 start deploy/ecosystem.config.cjs && pm2 save`
// (and `pm2 startup` once, so PM2 itself starts at boot). Run from the checkout after `npm ci && npm run build`
// (again after each update: it runs the compiled server in packages/server/dist).
module.exports = {
  apps: [
    {
      name: 'sigap',
      cwd: `${__dirname}/..`,
      script: 'packages/server/dist/main.js',
      interpreter: 'node',
      // The same 256 MB V8 heap as `npm start`.
      node_args: ['--max-old-space-size=256', '--max-semi-space-size=32'],
      autorestart: true,
      // Restarts with a growing delay if it keeps crashing, instead of a tight loop.
      exp_backoff_restart_delay: 1000,
      max_memory_restart: '768M',
      kill_timeout: 15000,
      env: {
        NODE_ENV: 'production',
        SIGAP_DATA_DIR: '/var/lib/sigap',
        SIGAP_SEED_DEMO: 'false',
        SIGAP_UPLOAD_RETENTION_HOURS: '24',
      },
    },
  ],
};
