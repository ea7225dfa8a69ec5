package org.attune.web.editor;

import jakarta.servlet.http.HttpServletRequest;

import org.attune.content.workflow.Editor;
import org.attune.web.publishing.Editors;
import org.attune.web.security.CsrfToken;

/** The signed-in person behind an editor page, and the token their forms carry. */
record EditorRequest(Editor editor, String csrf) {

    static EditorRequest of(HttpServletRequest request) {
        return new EditorRequest(Editors.of(request.getUserPrincipal(), request::isUserInRole), CsrfToken.of(request));
    }

    /** For the templates: who is signed in. */
    public String name() {
        return editor.name();
    }

    public boolean author() {
        return editor.author();
    }

    public boolean reviewer() {
        return editor.reviewer();
    }

    public boolean admin() {
        return editor.admin();
    }
}
