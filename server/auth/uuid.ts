/** Whether a string is a UUID, checked before it is cast to `uuid` in SQL (a bad cast is a 500). */
import { idSchema } from '#common/schemas/base';

export const isUuid = (value: string): boolean => idSchema.safeParse(value).success;
