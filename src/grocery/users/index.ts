export { createUserDirectory, type User, type UserDirectory, type ChannelName } from './user-directory.js';
