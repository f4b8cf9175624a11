/** Live hooks of the reports screen: the export archive and the station's name. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { queryReportArchive, queryStationName, type ArchiveRow } from './reportArchiveQuery';

export function useReportArchive(): ArchiveRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => queryReportArchive(db), [db]);
}

export function useStationName(): string | undefined {
  const db = useDb();
  return useLiveQuery(() => queryStationName(db), [db]);
}
