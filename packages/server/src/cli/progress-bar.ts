/**
 * A one-line progress bar on stderr for long CLI work (imports, generation). On a terminal it redraws in
 * place; in a log file (no TTY) it prints a line every 10% so logs stay short.
 */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY === true;
  let lastDecile = -1;
  const started = Date.now();
  return {
    update(fraction: number, detail = ''): void {
      const f = Math.max(0, Math.min(1, fraction));
      const pct = `${(f * 100).toFixed(1).padStart(5)}%`;
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      if (tty) {
        const width = 30;
        const filled = Math.round(f * width);
        process.stderr.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct} ${detail} ${secs}s `,
        );
      } else if (Math.floor(f * 10) > lastDecile) {
        lastDecile = Math.floor(f * 10);
        process.stderr.write(`${label} ${pct} ${detail} ${secs}s\n`);
      }
    },
    done(): void {
      if (tty) process.stderr.write('\n');
    },
  };
}
