/**
 * What `npm start` prints when it cannot start, in Chinese and English: a port still in use or
 * a data folder held by another running start get a sentence saying what and what to do;
 * anything else is unexpected and keeps its stack. A stale lock left by a crash is no problem,
 * only a notice (`staleLockNotice`).
 */
import { DataDirInUseError, type LockOwner } from '#server/db/dataDirLock';
import { PortInUseError } from './portCheck';

function portInUse(port: number, purpose: string, option: string): string {
  return [
    `端口 ${port}（${purpose}）已被占用：可能是上一次的 npm start 仍在运行或未完全退出。`,
    `请先结束占用该端口的进程（例如 \`lsof -i :${port}\` 或 \`ss -ltnp\` 查看），或用 ${option} 换一个端口。`,
    `Port ${port} (${purpose}) is already in use — most likely an earlier npm start is still running`,
    `or did not end. Stop the process holding it (\`lsof -i :${port}\` shows it), or choose another with ${option}.`,
  ].join('\n');
}

/** The words for a known start failure, or null when the error is unexpected. */
export function explainStartFailure(error: unknown): string | null {
  if (error instanceof PortInUseError) return portInUse(error.port, error.purpose, error.option);
  if (error instanceof DataDirInUseError) {
    const { pid, startedAt } = error.owner;
    return [
      `数据目录 ${error.dataDir} 正被另一个进程（PID ${pid}，${startedAt} 启动）使用：同一目录只能运行一个 npm start。`,
      `请先停止它（在它的终端按 Ctrl+C，或 \`kill ${pid}\`），或用 --data-dir 指定另一个目录。`,
      `The data folder ${error.dataDir} is in use by process ${pid} (started ${startedAt}): one npm start`,
      `per folder. Stop it first (Ctrl+C in its terminal, or \`kill ${pid}\`), or pass --data-dir for another folder.`,
    ].join('\n');
  }
  // A listen that lost a race after the check (another program took the port meanwhile).
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const port = (error as { port?: unknown } | null)?.port;
  if (code === 'EADDRINUSE' && typeof port === 'number')
    return portInUse(port, '?', '--port / GRIDROOM_API_PORT');
  return null;
}

/** Said when a start takes over the lock a crashed one left behind. */
export function staleLockNotice(dataDir: string, stale: LockOwner): string {
  const who = stale.pid > 0 ? `（PID ${stale.pid}）` : '';
  const whoEn = stale.pid > 0 ? ` (pid ${stale.pid})` : '';
  return [
    `上一次运行${who}没有正常退出，已接管它在 ${dataDir} 留下的锁，数据照常使用。`,
    `The previous run${whoEn} did not end cleanly; its lock in ${dataDir} was taken over, the data is used as is.`,
  ].join('\n');
}
