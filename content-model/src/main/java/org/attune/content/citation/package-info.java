/** Numbered references and the inline citation markers ({@code [1, 3]}) that point at them. */
package org.attune.content.citation;
