/** Screen colours of the health code 健康码 at the gate; always shown with the colour's word too. */
import type { HealthCodeColour } from '#common/schemas';

export const healthCodeColour: Record<HealthCodeColour, string> = {
  green: '#3fb950',
  yellow: '#d29922',
  red: '#f85149',
};
