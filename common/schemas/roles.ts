/** Who sits at a workstation (docs/architecture.md §5): 值班民警, 所长, or the read-only briefing display. */
import { z } from 'zod';

export const roles = ['duty-officer', 'station-chief', 'briefing'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
