export { createAgent, type AgentDeps } from './agent.js';
export type { Agent, TurnInput, TurnOutput } from './turn.js';
export type { Reply, Choice, ListSnapshot, ListLineView } from './reply.js';
export type { Act, LlmOutcome, LlmRunner, Understand, UnderstandingContext, UnderstandingResult } from './ports.js';
export { createConversationStore, createMessageDedupe, type ConversationStore, type MessageDedupe } from './conversation/index.js';
export { createRateLimiter, type RateLimiter } from './rate-limiter.js';
export { executeToolCall } from './execute-tool-call.js';
export { createEventBus, type AgentEvents, type EventBus } from './events.js';
export { decideOffline, askPrompt, changesSomething, DEFAULT_THRESHOLDS, type OfflineDecision, type DecisionThresholds } from './offline-decision.js';
