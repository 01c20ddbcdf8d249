export {
  DEFAULT_SERVER_SETTINGS,
  diffServerSettings,
  readServerSettings,
  type ServerSettings,
} from './settings/server-settings';
export { type ServerOptions, startServer } from './start-server';
