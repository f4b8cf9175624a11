/**
 * Builds an export file off the main thread: a district's 200,000 addresses make a 25 MB CSV,
 * which would freeze the window for seconds if built in the page. Reads the cache itself and
 * answers with the file's bytes (transferred, not copied).
 */
import { GridroomDb } from '#renderer/db/database';
import { makeTranslate } from '#renderer/i18n/translate';
import { buildExport } from './exportData';
import type { ExportReply, ExportRequest } from './exportMessages';

const post = (reply: ExportReply, transfer: Transferable[] = []): void =>
  self.postMessage(reply, { transfer });

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { dbName, kind, language, now } = event.data;
  const db = new GridroomDb(dbName);
  try {
    const built = await buildExport(db, makeTranslate(language), kind, now);
    post({ type: 'built', built }, [built.file.bytes.buffer]);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
