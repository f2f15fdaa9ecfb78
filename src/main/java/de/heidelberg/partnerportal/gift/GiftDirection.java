package de.heidelberg.partnerportal.gift;

/** Whether the city gave the gift or received it. */
public enum GiftDirection {
    GIVEN,
    RECEIVED
}
