/** Reusable fakes of outside systems for tests: local servers on 127.0.0.1, port 0. */
package org.mojaz.testing;
