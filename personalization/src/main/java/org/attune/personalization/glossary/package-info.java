/**
 * Glossaries: technical terms with their forms, a plain wording that can replace them in a sentence, a definition,
 * an abbreviation's expansion and the source. Read from a human-editable text format (see GLOSSARY-FORMAT.md in the
 * module), layered (built-in first, then a hospital's own file adding or overriding entries). The built-in layers
 * are a large one converted from the CDC Plain Language Thesaurus and, over it, a curated one (the terms of the
 * physical-therapy demo article and common terms of back-pain articles).
 */
package org.attune.personalization.glossary;
