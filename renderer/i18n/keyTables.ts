/**
 * Literal key tables for the words a screen picks by a code (an outcome, a form error, a sheet):
 * `t(sweepsOutcomeKey[outcome])` instead of a key built from a template, so every key is written
 * out, the type checker sees it and a search finds it. The domain vocabularies shared by many
 * screens are in domainWords.ts.
 */
import type { MessageKey } from './zh';

export const auditEntityKey = {
  stations: 'audit.entity.stations',
  officers: 'audit.entity.officers',
  grids: 'audit.entity.grids',
  controlLevels: 'audit.entity.controlLevels',
  households: 'audit.entity.households',
  campaigns: 'audit.entity.campaigns',
  visits: 'audit.entity.visits',
  findings: 'audit.entity.findings',
  checkpoints: 'audit.entity.checkpoints',
  shifts: 'audit.entity.shifts',
  incidents: 'audit.entity.incidents',
  testingSites: 'audit.entity.testingSites',
  volunteerTeams: 'audit.entity.volunteerTeams',
  passRegistrations: 'audit.entity.passRegistrations',
  gateChecks: 'audit.entity.gateChecks',
  handovers: 'audit.entity.handovers',
  report: 'audit.entity.report',
} as const satisfies Record<string, MessageKey>;

export const basemapFileTypeKey = {
  mvt: 'basemap.file.type.mvt',
  png: 'basemap.file.type.png',
  jpeg: 'basemap.file.type.jpeg',
  webp: 'basemap.file.type.webp',
  avif: 'basemap.file.type.avif',
} as const satisfies Record<string, MessageKey>;

export const basemapKindKey = {
  none: 'basemap.kind.none',
  raster: 'basemap.kind.raster',
  vector: 'basemap.kind.vector',
  pmtiles: 'basemap.kind.pmtiles',
} as const satisfies Record<string, MessageKey>;

export const cpErrorKey = {
  invalid: 'cp.error.invalid',
  'end-before-start': 'cp.error.end-before-start',
  'too-long': 'cp.error.too-long',
  'too-early': 'cp.error.too-early',
  'too-late': 'cp.error.too-late',
  'no-staff': 'cp.error.no-staff',
  overlap: 'cp.error.overlap',
  duplicate: 'cp.error.duplicate',
} as const satisfies Record<string, MessageKey>;

export const importsExportKey = {
  title: 'imports.export.title',
  hint: 'imports.export.hint',
  grids: 'imports.export.grids',
  households: 'imports.export.households',
  officers: 'imports.export.officers',
  volunteerTeams: 'imports.export.volunteerTeams',
  saved: 'imports.export.saved',
  cancelled: 'imports.export.cancelled',
  failed: 'imports.export.failed',
  yes: 'imports.export.yes',
  no: 'imports.export.no',
  listSeparator: 'imports.export.listSeparator',
} as const satisfies Record<string, MessageKey>;

export const importsExportFileTitleKey = {
  grids: 'imports.export.fileTitle.grids',
  households: 'imports.export.fileTitle.households',
  officers: 'imports.export.fileTitle.officers',
  volunteerTeams: 'imports.export.fileTitle.volunteerTeams',
} as const satisfies Record<string, MessageKey>;

export const importsExportOfficerRoleKey = {
  community: 'imports.export.officerRole.community',
  auxiliary: 'imports.export.officerRole.auxiliary',
  reinforcement: 'imports.export.officerRole.reinforcement',
} as const satisfies Record<string, MessageKey>;

export const importsExportVolunteerRoleKey = {
  'gate-keeper': 'imports.export.volunteerRole.gate-keeper',
  'patrol-supervisor': 'imports.export.volunteerRole.patrol-supervisor',
  'testing-order': 'imports.export.volunteerRole.testing-order',
} as const satisfies Record<string, MessageKey>;

export const importsFieldHouseholdsKey = {
  id: 'imports.field.households.id',
  address: 'imports.field.households.address',
  building: 'imports.field.households.building',
  unit: 'imports.field.households.unit',
  room: 'imports.field.households.room',
  gridCode: 'imports.field.households.gridCode',
  lng: 'imports.field.households.lng',
  lat: 'imports.field.households.lat',
  registeredResidents: 'imports.field.households.registeredResidents',
} as const satisfies Record<string, MessageKey>;

export const importsFieldOfficersKey = {
  name: 'imports.field.officers.name',
  badgeNo: 'imports.field.officers.badgeNo',
  role: 'imports.field.officers.role',
  phone: 'imports.field.officers.phone',
  onDuty: 'imports.field.officers.onDuty',
} as const satisfies Record<string, MessageKey>;

export const importsFieldVolunteerTeamsKey = {
  name: 'imports.field.volunteerTeams.name',
  leader: 'imports.field.volunteerTeams.leader',
  members: 'imports.field.volunteerTeams.members',
  roles: 'imports.field.volunteerTeams.roles',
} as const satisfies Record<string, MessageKey>;

export const importsKindKey = {
  grids: 'imports.kind.grids',
  households: 'imports.kind.households',
  officers: 'imports.kind.officers',
  volunteerTeams: 'imports.kind.volunteerTeams',
  passRegistrations: 'imports.kind.passRegistrations',
} as const satisfies Record<string, MessageKey>;

export const incidentErrorKey = {
  'move-not-allowed': 'incident.error.move-not-allowed',
  'needs-assignee': 'incident.error.needs-assignee',
  'empty-note': 'incident.error.empty-note',
  'timeline-full': 'incident.error.timeline-full',
  invalid: 'incident.error.invalid',
} as const satisfies Record<string, MessageKey>;

export const incidentSourceKey = {
  '110': 'incidentSource.110',
  phone: 'incidentSource.phone',
  'grid-worker': 'incidentSource.grid-worker',
  checkpoint: 'incidentSource.checkpoint',
  patrol: 'incidentSource.patrol',
  'walk-in': 'incidentSource.walk-in',
} as const satisfies Record<string, MessageKey>;

export const levelChangeProblemKey = {
  'reason-missing': 'levelChange.problem.reason-missing',
  'too-far-ahead': 'levelChange.problem.too-far-ahead',
  'before-current': 'levelChange.problem.before-current',
  'same-level': 'levelChange.problem.same-level',
} as const satisfies Record<string, MessageKey>;

export const newIncidentErrorKey = {
  type: 'newIncident.error.type',
  severity: 'newIncident.error.severity',
  description: 'newIncident.error.description',
  'description-long': 'newIncident.error.description-long',
  source: 'newIncident.error.source',
  point: 'newIncident.error.point',
  'point-outside': 'newIncident.error.point-outside',
  assigneeId: 'newIncident.error.assigneeId',
  'assignee-unknown': 'newIncident.error.assignee-unknown',
  reportedAt: 'newIncident.error.reportedAt',
  'reportedAt-future': 'newIncident.error.reportedAt-future',
  'reportedAt-old': 'newIncident.error.reportedAt-old',
} as const satisfies Record<string, MessageKey>;

export const postTypeKey = {
  gate: 'postType.gate',
  'temporary-post': 'postType.temporary-post',
} as const satisfies Record<string, MessageKey>;

export const reportScreenPdfFailedKey = {
  'disk-full': 'report.screen.pdfFailed.disk-full',
  'no-permission': 'report.screen.pdfFailed.no-permission',
  'not-found': 'report.screen.pdfFailed.not-found',
  'write-failed': 'report.screen.pdfFailed.write-failed',
  'render-failed': 'report.screen.pdfFailed.render-failed',
  busy: 'report.screen.pdfFailed.busy',
  detail: 'report.screen.pdfFailed.detail',
} as const satisfies Record<string, MessageKey>;

export const reportExportSheetKey = {
  summary: 'reportExport.sheet.summary',
  grids: 'reportExport.sheet.grids',
  incidents: 'reportExport.sheet.incidents',
  visits: 'reportExport.sheet.visits',
  checkpoints: 'reportExport.sheet.checkpoints',
  testingSites: 'reportExport.sheet.testingSites',
  volunteerTeams: 'reportExport.sheet.volunteerTeams',
} as const satisfies Record<string, MessageKey>;

export const rolesKey = {
  label: 'roles.label',
  'duty-officer': 'roles.duty-officer',
  'station-chief': 'roles.station-chief',
  briefing: 'roles.briefing',
  forbidden: 'roles.forbidden',
} as const satisfies Record<string, MessageKey>;

export const settingsDemoKey = {
  station: 'settings.demo.station',
  district: 'settings.demo.district',
} as const satisfies Record<string, MessageKey>;

export const siteStaffKey = {
  police: 'site.staff.police',
  medical: 'site.staff.medical',
  volunteers: 'site.staff.volunteers',
} as const satisfies Record<string, MessageKey>;

export const siteZoneKey = {
  cordon: 'siteZone.cordon',
  waiting: 'siteZone.waiting',
  collection: 'siteZone.collection',
  buffer: 'siteZone.buffer',
  oneMetreLines: 'siteZone.oneMetreLines',
} as const satisfies Record<string, MessageKey>;

export const staffKindKey = {
  police: 'staffKind.police',
  auxiliary: 'staffKind.auxiliary',
  guard: 'staffKind.guard',
  volunteer: 'staffKind.volunteer',
  medical: 'staffKind.medical',
} as const satisfies Record<string, MessageKey>;

export const sweepsErrorKey = {
  'name-missing': 'sweeps.error.name-missing',
  'name-long': 'sweeps.error.name-long',
  'kind-invalid': 'sweeps.error.kind-invalid',
  'grids-missing': 'sweeps.error.grids-missing',
  'date-missing': 'sweeps.error.date-missing',
  'end-before-start': 'sweeps.error.end-before-start',
  'household-missing': 'sweeps.error.household-missing',
  'count-invalid': 'sweeps.error.count-invalid',
  'team-missing': 'sweeps.error.team-missing',
  'team-long': 'sweeps.error.team-long',
  'note-long': 'sweeps.error.note-long',
  'unregistered-needs-count': 'sweeps.error.unregistered-needs-count',
  'registered-has-unregistered': 'sweeps.error.registered-has-unregistered',
  'visit-missing': 'sweeps.error.visit-missing',
  shape: 'sweeps.error.shape',
  'birth-date': 'sweeps.error.birth-date',
  'check-digit': 'sweeps.error.check-digit',
} as const satisfies Record<string, MessageKey>;

export const sweepsFindingKindKey = {
  unregistered: 'sweeps.findingKind.unregistered',
  'test-overdue': 'sweeps.findingKind.test-overdue',
  floating: 'sweeps.findingKind.floating',
} as const satisfies Record<string, MessageKey>;

export const sweepsFollowUpKey = {
  open: 'sweeps.followUp.open',
  'in-progress': 'sweeps.followUp.in-progress',
  closed: 'sweeps.followUp.closed',
} as const satisfies Record<string, MessageKey>;

export const sweepsOutcomeKey = {
  'all-registered': 'sweeps.outcome.all-registered',
  'found-unregistered': 'sweeps.outcome.found-unregistered',
  'not-home': 'sweeps.outcome.not-home',
  refused: 'sweeps.outcome.refused',
} as const satisfies Record<string, MessageKey>;

export const syncModeKey = {
  online: 'sync.mode.online',
  offline: 'sync.mode.offline',
  paused: 'sync.mode.paused',
} as const satisfies Record<string, MessageKey>;

export const volunteerRoleKey = {
  'gate-keeper': 'volunteerRole.gate-keeper',
  'patrol-supervisor': 'volunteerRole.patrol-supervisor',
  'testing-order': 'volunteerRole.testing-order',
} as const satisfies Record<string, MessageKey>;
export const auditCentreActionKey = {
  signin: 'audit.centre.action.signin',
  'signin-refused': 'audit.centre.action.signin-refused',
  signout: 'audit.centre.action.signout',
  handover: 'audit.centre.action.handover',
  'pin-change': 'audit.centre.action.pin-change',
  'pin-reset': 'audit.centre.action.pin-reset',
  'code-create': 'audit.centre.action.code-create',
  'code-revoke': 'audit.centre.action.code-revoke',
  'device-revoke': 'audit.centre.action.device-revoke',
  change: 'audit.centre.action.change',
  'refused-change': 'audit.centre.action.refused-change',
  enrol: 'audit.centre.action.enrol',
  'enrol-refused': 'audit.centre.action.enrol-refused',
  'rotate-credential': 'audit.centre.action.rotate-credential',
  'resolve-conflict': 'audit.centre.action.resolve-conflict',
  forbidden: 'audit.centre.action.forbidden',
  intake: 'audit.centre.action.intake',
  'intake-refused': 'audit.centre.action.intake-refused',
  'intake-key-create': 'audit.centre.action.intake-key-create',
  'intake-key-revoke': 'audit.centre.action.intake-key-revoke',
} as const satisfies Record<string, MessageKey>;

export const auditCentreEntityKey = {
  devices: 'audit.centre.entity.devices',
  'enrolment-codes': 'audit.centre.entity.enrolment-codes',
  'intake-credentials': 'audit.centre.entity.intake-credentials',
} as const satisfies Record<string, MessageKey>;
export const auditChoiceKey = {
  server: 'audit.choice.server',
  client: 'audit.choice.client',
} as const satisfies Record<string, MessageKey>;

export const auditOfficerRoleKey = {
  community: 'audit.officerRole.community',
  auxiliary: 'audit.officerRole.auxiliary',
  reinforcement: 'audit.officerRole.reinforcement',
} as const satisfies Record<string, MessageKey>;

export const sweepsCampaignKindKey = {
  knock: 'sweeps.campaignKind.knock',
  'one-standard-three-real': 'sweeps.campaignKind.one-standard-three-real',
  floating: 'sweeps.campaignKind.floating',
} as const satisfies Record<string, MessageKey>;

export const auditActionKey = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  export: 'audit.action.export',
  'resolve-conflict': 'audit.action.resolve-conflict',
  'rebuild-cache': 'audit.action.rebuild-cache',
  import: 'audit.action.import',
  'sign-in': 'audit.action.sign-in',
  'sign-out': 'audit.action.sign-out',
  lock: 'audit.action.lock',
  handover: 'audit.action.handover',
} as const satisfies Record<string, MessageKey>;

export const auditFieldKey = {
  deleted: 'audit.field.deleted',
  name: 'audit.field.name',
  district: 'audit.field.district',
  subBureau: 'audit.field.subBureau',
  gridLoadLimit: 'audit.field.gridLoadLimit',
  badgeNo: 'audit.field.badgeNo',
  role: 'audit.field.role',
  phone: 'audit.field.phone',
  onDuty: 'audit.field.onDuty',
  code: 'audit.field.code',
  community: 'audit.field.community',
  street: 'audit.field.street',
  geometry: 'audit.field.geometry',
  officerId: 'audit.field.officerId',
  gridLeader: 'audit.field.gridLeader',
  householdTotal: 'audit.field.householdTotal',
  residentTotal: 'audit.field.residentTotal',
  gridId: 'audit.field.gridId',
  level: 'audit.field.level',
  from: 'audit.field.from',
  to: 'audit.field.to',
  decidedBy: 'audit.field.decidedBy',
  reason: 'audit.field.reason',
  address: 'audit.field.address',
  building: 'audit.field.building',
  unit: 'audit.field.unit',
  room: 'audit.field.room',
  point: 'audit.field.point',
  registeredResidents: 'audit.field.registeredResidents',
  kind: 'audit.field.kind',
  targetGridIds: 'audit.field.targetGridIds',
  start: 'audit.field.start',
  end: 'audit.field.end',
  campaignId: 'audit.field.campaignId',
  householdId: 'audit.field.householdId',
  visitedAt: 'audit.field.visitedAt',
  day: 'audit.field.day',
  team: 'audit.field.team',
  outcome: 'audit.field.outcome',
  unregisteredFound: 'audit.field.unregisteredFound',
  overdueTestsFound: 'audit.field.overdueTestsFound',
  note: 'audit.field.note',
  visitId: 'audit.field.visitId',
  maskedName: 'audit.field.maskedName',
  idEnvelope: 'audit.field.idEnvelope',
  idSeen: 'audit.field.idSeen',
  idMasked: 'audit.field.idMasked',
  followUp: 'audit.field.followUp',
  mode: 'audit.field.mode',
  postType: 'audit.field.postType',
  staffed24h: 'audit.field.staffed24h',
  checkpointId: 'audit.field.checkpointId',
  siteId: 'audit.field.siteId',
  staff: 'audit.field.staff',
  type: 'audit.field.type',
  severity: 'audit.field.severity',
  status: 'audit.field.status',
  description: 'audit.field.description',
  reportedAt: 'audit.field.reportedAt',
  assignedAt: 'audit.field.assignedAt',
  resolvedAt: 'audit.field.resolvedAt',
  assigneeId: 'audit.field.assigneeId',
  timeline: 'audit.field.timeline',
  zonesReady: 'audit.field.zonesReady',
  queueLength: 'audit.field.queueLength',
  leader: 'audit.field.leader',
  members: 'audit.field.members',
  roles: 'audit.field.roles',
  assignments: 'audit.field.assignments',
  date: 'audit.field.date',
  format: 'audit.field.format',
  fileName: 'audit.field.fileName',
  bytes: 'audit.field.bytes',
  rows: 'audit.field.rows',
  field: 'audit.field.field',
  serverValue: 'audit.field.serverValue',
  clientValue: 'audit.field.clientValue',
  choice: 'audit.field.choice',
  value: 'audit.field.value',
  'officers.name': 'audit.field.officers.name',
  'stations.name': 'audit.field.stations.name',
  'incidents.type': 'audit.field.incidents.type',
  'campaigns.kind': 'audit.field.campaigns.kind',
  'findings.kind': 'audit.field.findings.kind',
  'testingSites.staff': 'audit.field.testingSites.staff',
  'testingSites.day': 'audit.field.testingSites.day',
  'shifts.staff': 'audit.field.shifts.staff',
  'volunteerTeams.members': 'audit.field.volunteerTeams.members',
  source: 'audit.field.source',
  externalRef: 'audit.field.externalRef',
  claimedAddress: 'audit.field.claimedAddress',
  householdRole: 'audit.field.householdRole',
  healthCode: 'audit.field.healthCode',
  healthCodeAt: 'audit.field.healthCodeAt',
  submittedAt: 'audit.field.submittedAt',
  reviewedBy: 'audit.field.reviewedBy',
  reviewedAt: 'audit.field.reviewedAt',
  reasonNote: 'audit.field.reasonNote',
  validFrom: 'audit.field.validFrom',
  validUntil: 'audit.field.validUntil',
  flags: 'audit.field.flags',
  passCode: 'audit.field.passCode',
  idPasses: 'audit.field.idPasses',
  registrationId: 'audit.field.registrationId',
  direction: 'audit.field.direction',
  result: 'audit.field.result',
  temperature: 'audit.field.temperature',
  checkedAt: 'audit.field.checkedAt',
  checkedBy: 'audit.field.checkedBy',
  outgoingOfficerId: 'audit.field.outgoingOfficerId',
  shiftStart: 'audit.field.shiftStart',
  handedAt: 'audit.field.handedAt',
  sections: 'audit.field.sections',
  notes: 'audit.field.notes',
  incomingOfficerId: 'audit.field.incomingOfficerId',
  incomingSignedAt: 'audit.field.incomingSignedAt',
  lockAfterMinutes: 'audit.field.lockAfterMinutes',
  access: 'audit.field.access',
  active: 'audit.field.active',
} as const satisfies Record<string, MessageKey>;

export const auditNullKey = {
  'controlLevels.to': 'audit.null.controlLevels.to',
  'incidents.assigneeId': 'audit.null.incidents.assigneeId',
  'incidents.assignedAt': 'audit.null.incidents.assignedAt',
  'incidents.resolvedAt': 'audit.null.incidents.resolvedAt',
  'grids.officerId': 'audit.null.grids.officerId',
} as const satisfies Record<string, MessageKey>;
export const auditTimelineKindKey = {
  note: 'audit.timelineKind.note',
  status: 'audit.timelineKind.status',
  assign: 'audit.timelineKind.assign',
} as const satisfies Record<string, MessageKey>;
export const basemapProblemKey = {
  empty: 'basemap.problem.empty',
  'too-small': 'basemap.problem.too-small',
  'not-pmtiles': 'basemap.problem.not-pmtiles',
  'unsupported-version': 'basemap.problem.unsupported-version',
  'bad-header': 'basemap.problem.bad-header',
  truncated: 'basemap.problem.truncated',
  'unsupported-compression': 'basemap.problem.unsupported-compression',
  'unsupported-tile-type': 'basemap.problem.unsupported-tile-type',
  'bad-directory': 'basemap.problem.bad-directory',
  unreadable: 'basemap.problem.unreadable',
} as const satisfies Record<string, MessageKey>;
export const importsFieldKey = {
  'grids.code': 'imports.field.grids.code',
  'grids.name': 'imports.field.grids.name',
  'grids.community': 'imports.field.grids.community',
  'grids.street': 'imports.field.grids.street',
  'grids.gridLeader': 'imports.field.grids.gridLeader',
  'households.id': 'imports.field.households.id',
  'households.address': 'imports.field.households.address',
  'households.building': 'imports.field.households.building',
  'households.unit': 'imports.field.households.unit',
  'households.room': 'imports.field.households.room',
  'households.gridCode': 'imports.field.households.gridCode',
  'households.lng': 'imports.field.households.lng',
  'households.lat': 'imports.field.households.lat',
  'households.registeredResidents': 'imports.field.households.registeredResidents',
  'officers.name': 'imports.field.officers.name',
  'officers.badgeNo': 'imports.field.officers.badgeNo',
  'officers.role': 'imports.field.officers.role',
  'officers.phone': 'imports.field.officers.phone',
  'officers.onDuty': 'imports.field.officers.onDuty',
  'volunteerTeams.name': 'imports.field.volunteerTeams.name',
  'volunteerTeams.leader': 'imports.field.volunteerTeams.leader',
  'volunteerTeams.members': 'imports.field.volunteerTeams.members',
  'volunteerTeams.roles': 'imports.field.volunteerTeams.roles',
  'passRegistrations.name': 'imports.field.passRegistrations.name',
  'passRegistrations.idNumber': 'imports.field.passRegistrations.idNumber',
  'passRegistrations.phone': 'imports.field.passRegistrations.phone',
  'passRegistrations.address': 'imports.field.passRegistrations.address',
  'passRegistrations.building': 'imports.field.passRegistrations.building',
  'passRegistrations.unit': 'imports.field.passRegistrations.unit',
  'passRegistrations.room': 'imports.field.passRegistrations.room',
  'passRegistrations.role': 'imports.field.passRegistrations.role',
  'passRegistrations.healthCode': 'imports.field.passRegistrations.healthCode',
  'passRegistrations.healthCodeAt': 'imports.field.passRegistrations.healthCodeAt',
  'passRegistrations.submittedAt': 'imports.field.passRegistrations.submittedAt',
  'passRegistrations.externalRef': 'imports.field.passRegistrations.externalRef',
} as const satisfies Record<string, MessageKey>;
export const reportExportFailedKey = {
  'disk-full': 'reportExport.failed.disk-full',
  'no-permission': 'reportExport.failed.no-permission',
  'write-failed': 'reportExport.failed.write-failed',
  'too-large': 'reportExport.failed.too-large',
  'build-failed': 'reportExport.failed.build-failed',
  'not-found': 'reportExport.failed.not-found',
  'invalid-date': 'reportExport.failed.invalid-date',
} as const satisfies Record<string, MessageKey>;

export const teamErrorKey = {
  'no-post': 'team.error.no-post',
  'no-role': 'team.error.no-role',
  'role-not-held': 'team.error.role-not-held',
  'role-post': 'team.error.role-post',
  'too-many': 'team.error.too-many',
  duplicate: 'team.error.duplicate',
} as const satisfies Record<string, MessageKey>;
