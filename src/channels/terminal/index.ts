export { runTerminalChat } from './terminal-chat.js';
