/** The one place that speaks LangChain4j: providers, prompt templates, validation of model output. */
package org.mojaz.llm;
