/**
 * The briefing display's settings (早会大屏): auto-advance interval and on/off, and the stale
 * threshold — part of the workstation's validated settings record (db/localRows.ts). The form
 * schema has no defaults, so an emptied field is refused rather than silently reset.
 */
import { z } from 'zod';
import { settingsSchema } from '#renderer/db/localRows';

export const briefingSettingsSchema = settingsSchema.pick({
  briefingIntervalSec: true,
  briefingAutoAdvance: true,
  briefingStaleMin: true,
});

export type BriefingSettings = z.infer<typeof briefingSettingsSchema>;

const { shape } = briefingSettingsSchema;

export const briefingSettingsFormSchema = z.object({
  briefingIntervalSec: shape.briefingIntervalSec.unwrap(),
  briefingAutoAdvance: shape.briefingAutoAdvance.unwrap(),
  briefingStaleMin: shape.briefingStaleMin.unwrap(),
});
