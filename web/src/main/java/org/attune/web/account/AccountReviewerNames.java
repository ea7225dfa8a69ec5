package org.attune.web.account;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.web.article.ReviewerNames;

/** Readers' pages name reviewers by the display names of their accounts (one query per page rendered). */
@ApplicationScoped
public class AccountReviewerNames implements ReviewerNames {

    @Inject
    AccountAdministration accounts;

    @Override
    public Map<String, String> displayNames(Set<String> usernames) {
        return accounts.displayNames(usernames);
    }
}
