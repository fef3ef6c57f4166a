export {
  type CampConnection,
  connectCamp,
  type HistoryResult,
  listHistory,
  type SendResult,
  sendCommand,
} from './camp-connection.js';
export {
  type ApiFailure,
  type ApiResult,
  checkHealth,
  createCamp,
  getCamp,
  joinCamp,
} from './http.js';
export { newId } from './ids.js';
export type { CampSocket, OpenSocket } from './socket-port.js';
