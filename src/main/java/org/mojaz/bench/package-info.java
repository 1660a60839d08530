/** Bench tooling: {@code mojaz bench bot} and the simulated Bot API and news site it drives the real bot against. */
package org.mojaz.bench;
