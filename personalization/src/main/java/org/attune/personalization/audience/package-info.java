/**
 * Who reads: the audience profiles (patient, clinician, student as shipped, or a hospital's own) as data — the
 * rewriting style each gets, what follows from it (terms defined inline, a key-terms list, plain language), who it
 * is in schema.org terms, the infobutton recipients it answers, and optionally a hospital's own label for "Which
 * best describes you?".
 */
package org.attune.personalization.audience;
