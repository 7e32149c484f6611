/**
 * The LLM path: LangChain's ChatOllama asked for one structured answer per message, a circuit
 * breaker, a first-come-first-served gate, and the prompt measures the benchmark reports.
 */
export { createLlmAgent, toMessages, type LlmAgent, type LlmAgentOptions } from './create-llm-agent.js';
export { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from '../../circuit-breaker.js';
export { loadPrompts, type Prompts } from './load-prompts.js';
export { buildSystemPrompt, toolLine } from './system-prompt.js';
export { answerFormat, readAnswer, type ModelAnswer, type ProposedCall } from './read-answer.js';
export { checkCalls } from './check-calls.js';
export { toOllamaTools, type OllamaTool } from './ollama-tools.js';
export { countLlama3Tokens, llama3Encoder, renderLlama32, sharedPrefixTokens, type ChatMessage } from './prompt-measure.js';
