package org.attune.web.editor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.attune.content.workflow.Usernames;
import org.attune.content.workflow.WorkflowState;
import org.attune.web.publishing.DeskRow;

/**
 * What the editors' list is narrowed to, from the query string: {@code state} (a state's code), {@code author},
 * {@code overdue=true}, {@code q} (words of the title) and {@code page}. A value that names nothing is ignored,
 * never an error.
 *
 * @param state a state code, or empty for every state
 * @param author a username, or empty for every author
 * @param query words the title holds, or empty
 */
record DeskFilter(String state, String author, boolean overdue, String query, int page) {

    /** Longer queries are cut: a title is at most a few hundred characters. */
    static final int MAX_QUERY = 200;

    static DeskFilter of(HttpServletRequest request) {
        String state = text(request.getParameter("state"));
        if (WorkflowState.fromCode(state).isEmpty()) {
            state = "";
        }
        String query = text(request.getParameter("q"));
        return new DeskFilter(
                state,
                text(request.getParameter("author")),
                "true".equals(request.getParameter("overdue")),
                query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query,
                page(request.getParameter("page")));
    }

    boolean matches(DeskRow row) {
        return (state.isEmpty() || state.equals(row.state()))
                && (author.isEmpty() || Usernames.samePerson(author, row.author()))
                && (!overdue || row.overdue())
                && (query.isEmpty() || containsEveryWord(row.title(), query));
    }

    /** True when any filter narrows the list. */
    public boolean narrows() {
        return !state.isEmpty() || !author.isEmpty() || overdue || !query.isEmpty();
    }

    DeskFilter withPage(int number) {
        return new DeskFilter(state, author, overdue, query, number);
    }

    /** The filter as a query string, for links to other pages of the same list. */
    String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "state", state);
        add(parts, "author", author);
        add(parts, "overdue", overdue ? "true" : "");
        add(parts, "q", query);
        add(parts, "page", page > 1 ? Integer.toString(page) : "");
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean containsEveryWord(String title, String query) {
        String haystack = title.toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static int page(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(value);
    }
}
