package de.podium.platform.control;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * Makes every node forget the prepared public reads a committed change made stale: this node at once (before the
 * request that changed it answers), the others through a topic of Payara's data grid. No node asks the database
 * whether something changed. Without a cluster ({@code --nocluster}) only this node's reads are dropped.
 * <p>
 * A node that joins or leaves may have missed messages (a split network heals the same way): then every node
 * drops all it prepared.
 */
@ApplicationScoped
public class PublicReadInvalidation {

    static final String TOPIC = "podium.public-content";
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(PublicReadInvalidation.class.getName());

    @Inject
    PreparedReads reads;

    private ITopic<String> topic;
    private UUID messages;
    private UUID members;

    void connect(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HazelcastInstance grid = grid();
        if (grid == null) {
            LOG.info("No data grid: prepared public reads are dropped on this node only");
            return;
        }
        ITopic<String> changes = grid.getTopic(TOPIC);
        messages = changes.addMessageListener(message -> reads.drop(PublicContentChanged.decode(message.getMessageObject())));
        members = grid.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                reads.dropAll();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                reads.dropAll();
            }
        });
        topic = changes;
    }

    /** After the commit, not before: a read prepared in between would otherwise keep the old state. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        reads.drop(change);
        ITopic<String> changes = topic;
        if (changes != null) {
            try {
                changes.publish(change.encoded());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell the other nodes that " + change.slug() + " changed", e);
            }
        }
    }

    @PreDestroy
    void disconnect() {
        ITopic<String> changes = topic;
        topic = null;
        try {
            if (changes != null) {
                changes.removeMessageListener(messages);
                HazelcastInstance grid = grid();
                if (grid != null) {
                    grid.getCluster().removeMembershipListener(members);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "data grid already stopped", e);
        }
    }

    private static HazelcastInstance grid() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return instance;
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no data grid at " + JNDI_NAME, e);
        }
        return null;
    }
}
