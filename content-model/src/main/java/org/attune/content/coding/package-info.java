/**
 * Clinical codes an article answers (ICD-10-CM, SNOMED CT), so that clinical systems can ask for articles by the
 * codes in a patient's record.
 */
package org.attune.content.coding;
