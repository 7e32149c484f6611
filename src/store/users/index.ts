export { createUserRepository, type ChannelIdentity, type ChannelName, type User, type UserRepository } from './user-repository.js';
