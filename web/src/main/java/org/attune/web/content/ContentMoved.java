package org.attune.web.content;

import java.util.List;

/**
 * A CDI event fired (synchronously, on the thread that saw the change) once {@link ContentVersion} has moved: these
 * articles changed here or on another instance of the cluster (none named: any may have).
 *
 * @param slugs the articles that changed
 */
public record ContentMoved(List<String> slugs) {

    public ContentMoved {
        slugs = List.copyOf(slugs);
    }
}
