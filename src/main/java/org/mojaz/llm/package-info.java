/** The one place that speaks LangChain4j: provider chat models by config, errors translated, prompt templates. */
package org.mojaz.llm;
