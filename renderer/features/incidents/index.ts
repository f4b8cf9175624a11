/** The incidents feature's public face: other features meet it only through this file. */
export { NewIncidentForm } from './NewIncidentForm';
export { roundPoint } from './newIncident';
export { createIncident, NewIncidentError } from './incidentMutations';
