/** Live hooks of the incident screen. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { incidentSchema, type Incident } from '#common/schemas';
import {
  queryIncidents,
  queryNameLookups,
  queryNewIncidentLookups,
  type IncidentFilter,
} from './incidentQueries';

export function useIncidents(filter: IncidentFilter) {
  const db = useDb();
  return useLiveQuery(() => queryIncidents(db, filter), [db, filter]);
}

export function useNameLookups() {
  const db = useDb();
  return useLiveQuery(() => queryNameLookups(db), [db]);
}

export function useIncident(id: string | null): Incident | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!id) return null;
    const parsed = incidentSchema.safeParse(await db.incidents.get(id));
    return parsed.success ? parsed.data : null;
  }, [db, id]);
}

export function useNewIncidentLookups() {
  const db = useDb();
  return useLiveQuery(() => queryNewIncidentLookups(db), [db]);
}
