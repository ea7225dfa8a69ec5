/**
 * How the constants of the model's enums are written in article files, audiences files, URLs and the API: one rule
 * for all, so that a new constant needs no spelling of its own.
 */
package org.attune.content.token;
