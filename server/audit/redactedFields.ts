/**
 * Fields whose values never enter the audit trail: the trail notes that they changed, with
 * REDACTED for both sides. A finding's `idEnvelope` is a resident's ID number sealed for the
 * centre; copying it into the trail would put it where the chief's screen can list it. A pass
 * registration's envelope is the same, and its signed pass code is a bearer credential.
 */
export const REDACTED = '[已隐去 redacted]';

export const redactedFields: Readonly<Record<string, ReadonlySet<string>>> = {
  findings: new Set(['idEnvelope', 'idHash']),
  passRegistrations: new Set(['idEnvelope', 'passCode']),
};

export const isRedacted = (entity: string, field: string): boolean => redactedFields[entity]?.has(field) ?? false;
