export { createTeamsChannel, type TeamsChannel, type TeamsChannelDeps, type TeamsReference } from './teams-channel.js';
export { renderActivity, submittedChoice, CHOICE_DATA_KEY, type TeamsChoiceStyle } from './render-activity.js';
export type { ConnectorRetryOptions } from './connector-retry.js';
