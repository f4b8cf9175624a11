/** Household / standard address 标准地址 (一标三实's "one standard address"). */
import { z } from 'zod';
import { idSchema, lngLatSchema, syncedFieldsSchema } from './base';

export const householdSchema = syncedFieldsSchema.extend({
  gridId: idSchema,
  address: z.string().min(1).max(120),
  building: z.string().max(20),
  unit: z.string().max(10),
  room: z.string().max(10),
  point: lngLatSchema,
  registeredResidents: z.number().int().min(0).max(50),
});

export type Household = z.infer<typeof householdSchema>;
