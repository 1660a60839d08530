/** Daily briefing subscriptions, scheduling, composing and delivery. */
package org.mojaz.briefing;
