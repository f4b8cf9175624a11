/**
 * A mobile number as the screen shows it: `13812345678` → `138****5678` (the carrier prefix and
 * the last four kept, as Chinese services print it). Registrations keep the whole number, for
 * the officer who must call; no screen shows it whole. Anything not an 11-digit mobile number
 * is hidden entirely rather than shown half-masked. Pure.
 */
import { PHONE_PATTERN } from '../schemas/pass';

export function maskPhone(phone: string): string {
  if (!PHONE_PATTERN.test(phone)) return '***********';
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}
