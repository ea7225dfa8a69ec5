/**
 * Text: the engine's one definition of a word ({@link org.attune.personalization.text.WordScanner}), shared by the
 * term matcher, the glossary's inflection rules and search, so that all three cut a text at the same places.
 */
package org.attune.personalization.text;
