/** Typed configuration: packaged defaults, an optional file, environment overrides; secrets from the environment only. */
package org.mojaz.config;
