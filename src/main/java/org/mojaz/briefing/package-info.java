/** Empty until issue 11: daily briefing subscriptions, scheduling, composing and delivery will live here. */
package org.mojaz.briefing;
