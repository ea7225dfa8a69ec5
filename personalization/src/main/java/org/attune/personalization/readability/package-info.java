/**
 * How hard a text is to read: Flesch–Kincaid grade and SMOG for any text and for each audience's version of an
 * article, and a jargon report of long or technical words that no glossary covers.
 */
package org.attune.personalization.readability;
