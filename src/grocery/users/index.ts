export { createUserDirectory, LINK_CODE_SHAPE, LINK_CODE_TTL_MS, type User, type UserDirectory, type ChannelName } from './user-directory.js';
