/**
 * Who reads: the audience profiles (patient, clinician, student) as data — the rewriting style each gets, what
 * follows from it (terms defined inline, a key-terms list), who it is in schema.org terms, and optionally a
 * hospital's own label for "Which best describes you?".
 */
package org.attune.personalization.audience;
