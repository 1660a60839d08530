/** The one place that speaks LangChain4j: provider chat models by config, errors translated, the circuit breaker, the daily budget, prompt templates. */
package org.mojaz.llm;
