package org.mojaz.entity;

/** Kinds of entities a Digest lists. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** Named events and operations: World Cup 2022, Vostok 2022, درع الصحراء 2022. */
    EVENT,
    DATE,
    /** Money amounts, percentages and other number facts. */
    NUMBER
}
