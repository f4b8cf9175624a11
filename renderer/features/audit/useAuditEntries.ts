/**
 * Live audit entries for the audit screen, newest first, filtered by person, entity and time
 * range through the `at` index; capped so a long-lived cache stays quick to show. Also the
 * names of the records and people those entries mention (auditNames.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { auditEntrySchema, type AuditEntry } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { queryAuditNames } from './auditNames';
import type { AuditFilterValue } from './AuditFilterBar';
import type { AuditNames } from './auditValue';

export type AuditFilter = AuditFilterValue;

export const AUDIT_LIMIT = 1000;

export function useAuditEntries(filter: AuditFilter): AuditEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [lo, hi] = filter.range ?? [0, Number.MAX_SAFE_INTEGER];
    const rows = await db.audit
      .where('at')
      .between(lo, hi, true, true)
      .reverse()
      .filter(
        (e) =>
          (filter.who === null || e.who === filter.who) &&
          (filter.entity === null || e.entity === filter.entity),
      )
      .limit(AUDIT_LIMIT)
      .toArray();
    return rows.flatMap((r) => {
      const parsed = auditEntrySchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  }, [db, filter.who, filter.entity, filter.range?.[0], filter.range?.[1]]);
}

/** Distinct people and entities in the log, for the filter menus. */
export function useAuditFacets(): { people: string[]; entities: string[] } | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [people, entities] = await Promise.all([
      db.audit.orderBy('who').uniqueKeys(),
      db.audit.orderBy('entity').uniqueKeys(),
    ]);
    return { people: people.map(String), entities: entities.map(String) };
  }, [db]);
}

/** Names of what the given entries (and the filter's people) mention; empty while loading. */
export function useAuditNames(
  entries: readonly AuditEntry[] | undefined,
  people: readonly string[],
): AuditNames {
  const db = useDb();
  return useLiveQuery(() => queryAuditNames(db, entries ?? [], people), [db, entries, people]) ?? noNames;
}

const noNames: AuditNames = new Map();
