/** Entity extraction with gazetteers, cue words and bilingual names. */
package org.mojaz.entity;
