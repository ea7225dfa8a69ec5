/**
 * Attune's content model: the structured, evidence-based article as authors write it and readers read it.
 * Plain Java; persistence is mapped in {@code META-INF/attune-orm.xml}, not by annotations.
 */
package org.attune.content;
