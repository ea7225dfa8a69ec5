/**
 * Who reads: the audience profiles (patient, clinician, student) as data, each with the label and one-line
 * description shown in "Which best describes you?", and the rewriting style it gets.
 */
package org.attune.personalization.audience;
