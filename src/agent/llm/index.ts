/**
 * The LLM path: LangChain's ChatOllama with our tools bound, a bounded tool loop, a circuit
 * breaker, and the prompt-size measure the benchmark reports.
 */
export { createLlmAgent, type LlmAgent, type LlmAgentOptions } from './create-llm-agent.js';
export { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from '../../circuit-breaker.js';
export { countPromptTokens } from './count-prompt-tokens.js';
export { loadPrompts, type Prompts } from './load-prompts.js';
export { toOllamaTools, type OllamaTool } from './ollama-tools.js';
export { runToolLoop, type ExecutedCall, type ToolLoopResult } from './run-tool-loop.js';
