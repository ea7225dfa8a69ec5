/**
 * What readers are shown changes only when articles do: {@link org.attune.web.content.ArticlesChanged} says so
 * (fired by whoever changes them, observed after commit), {@link org.attune.web.content.ContentVersion} counts
 * the changes (on every instance of a cluster: {@link org.attune.web.content.ClusterContentChanges}) and announces
 * each ({@link org.attune.web.content.ContentMoved}), and {@link org.attune.web.content.ContentCache} keeps a value
 * built from the articles until then.
 */
package org.attune.web.content;
