/** Entity extraction: people, organisations, places, dates and numbers, with Arabic and English names. */
package org.mojaz.entity;
