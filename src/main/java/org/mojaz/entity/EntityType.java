package org.mojaz.entity;

/** Kinds of entities a Digest lists. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    DATE,
    /** Money amounts, percentages and other number facts. */
    NUMBER
}
