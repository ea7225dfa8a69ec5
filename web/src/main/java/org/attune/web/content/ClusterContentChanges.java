package org.attune.web.content;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * Several instances serving as one: when the articles change on one instance (a publication, committed to the
 * shared database), every other instance of the Payara data grid is told through a Hazelcast topic and moves its
 * {@link ContentVersion}, so none keeps serving pages, search results or glossaries built from the old content.
 * Without a data grid (Payara Micro with {@code --nocluster}, a server without Hazelcast) Attune runs as a single
 * instance and says so in the log.
 */
@ApplicationScoped
public class ClusterContentChanges {

    static final String TOPIC = "attune.content-changes";
    private static final String PAYARA_DATA_GRID = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(ClusterContentChanges.class.getName());

    @Inject
    ContentVersion version;

    private ITopic<String> topic;
    private UUID listener;

    void join(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HazelcastInstance grid;
        try {
            grid = (HazelcastInstance) new InitialContext().lookup(PAYARA_DATA_GRID);
        } catch (NamingException | ClassCastException | LinkageError e) {
            LOG.info("No Payara data grid: content changes stay on this instance");
            return;
        }
        if (grid == null || !grid.getLifecycleService().isRunning()) {
            LOG.info("The Payara data grid is not running: content changes stay on this instance");
            return;
        }
        topic = grid.getTopic(TOPIC);
        listener = topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                version.changedElsewhere(
                        message.getMessageObject().isEmpty()
                                ? List.of()
                                : List.of(message.getMessageObject().split(",")));
            }
        });
        LOG.info(() -> "Content changes are shared with the "
                + grid.getCluster().getMembers().size() + " member(s) of the Payara data grid");
    }

    /** Tells the other instances, once the change is committed and they can read it. */
    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged change) {
        if (topic != null) {
            topic.publish(String.join(",", change.slugs()));
        }
    }

    @PreDestroy
    void leave() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException e) {
                // the grid is shutting down with the application
            }
        }
    }
}
