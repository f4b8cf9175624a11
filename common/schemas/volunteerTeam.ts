/** Volunteer teams 志愿者队伍 (近邻, 群防群治) and where they are deployed. */
import { z } from 'zod';
import { idSchema, syncedFieldsSchema } from './base';

export const volunteerRoles = ['gate-keeper', 'patrol-supervisor', 'testing-order'] as const;
export const volunteerRoleSchema = z.enum(volunteerRoles);

export const teamAssignmentSchema = z
  .object({
    checkpointId: idSchema.nullable(),
    siteId: idSchema.nullable(),
    role: volunteerRoleSchema,
    members: z.number().int().min(1).max(500),
  })
  .refine((a) => (a.checkpointId === null) !== (a.siteId === null), {
    message: 'an assignment names exactly one checkpoint or testing site',
  });

export const volunteerTeamSchema = syncedFieldsSchema.extend({
  name: z.string().min(1).max(60),
  leader: z.string().min(1).max(30),
  members: z.number().int().min(1).max(1000),
  roles: z.array(volunteerRoleSchema).min(1),
  assignments: z.array(teamAssignmentSchema),
});

export type VolunteerRole = z.infer<typeof volunteerRoleSchema>;
export type TeamAssignment = z.infer<typeof teamAssignmentSchema>;
export type VolunteerTeam = z.infer<typeof volunteerTeamSchema>;
