/** The HTTP gateway (`luatd serve`): PWRTelegram's routes and a Telegram Bot API subset over the core. */
export { HttpGateway, type GatewayOptions } from './server.js';
export { createUserToken, listUserTokens, revokeUserTokens, type TokenInfo } from './tokens.js';
export { HTTP_DB_FILE } from './files.js';
