export {
  type CampConnection,
  type ConnectOptions,
  connectCamp,
  type HistoryResult,
  listHistory,
  type RevokedOutcome,
  type SendResult,
  sendCommand,
} from './camp-connection.js';
export {
  type ApiFailure,
  type ApiResult,
  checkHealth,
  createCamp,
  getCamp,
  JOIN_CODE_HEADER,
  joinCamp,
} from './http.js';
export { newId } from './ids.js';
export type { CampSocket, OpenSocket } from './socket-port.js';
