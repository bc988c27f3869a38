package de.podium.event.entity;

/** How a registration question is answered: free text, yes or no, one option, any number of options. */
public enum QuestionType {
    TEXT, YES_NO, SINGLE, MULTI;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
