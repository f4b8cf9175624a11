/**
 * Samples the resident memory of Chromium's renderer processes (pages and their workers live
 * there) from /proc, so a bench can report the peak while something runs. Linux only.
 */
import { execFileSync } from 'node:child_process';

export function rendererRssMb(): number {
  const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
  let kb = 0;
  for (const line of out.split('\n')) {
    if (line.includes('chromium') && line.includes('--type=renderer'))
      kb += Number(line.trim().split(/\s+/)[0]) || 0;
  }
  return kb / 1024;
}

/** Starts sampling every `ms`; `stop()` returns the peak in MB. */
export function samplePeak(ms = 200): { stop(): number } {
  let peak = rendererRssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererRssMb());
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rendererRssMb());
    },
  };
}
