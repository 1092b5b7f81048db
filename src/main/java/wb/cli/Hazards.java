package wb.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ForkJoinWorkerThread;
import wb.session.JvmHealth;

/**
 * What a run may leave behind in a JVM that would make the next run in it differ from a run in
 * a fresh JVM: a snapshot taken before the run and compared after it. A resident engine retires
 * after a run that left any of these:
 *
 * <ul>
 *   <li>a thread a snippet started that is still alive (in the thread group JShell runs
 *       snippets in, pool workers of the common fork-join pool and of ojAlgo excepted), or any
 *       new non-daemon thread;</li>
 *   <li>a changed, added or removed system property;</li>
 *   <li>a changed default locale (any category) or time zone;</li>
 *   <li>anything {@link JvmHealth} records: an {@code OutOfMemoryError}, a stopped snippet.</li>
 * </ul>
 */
final class Hazards {
    /** How long threads a run started get to finish on their own before they count as left. */
    private static final long THREAD_GRACE_MILLIS = 200;

    /**
     * Properties the JDK sets itself the first time a feature is used (the font manager's class,
     * on the first figure): their appearance says nothing about the run. A change to one that
     * was already set still counts.
     */
    private static final Set<String> SET_BY_THE_JDK = Set.of("sun.font.fontmanager");

    /** The thread group JShell's local execution runs snippets in (JDK 17 to 25). */
    private static final String SNIPPET_GROUP = "JShell process local execution";

    private final Set<Thread> threads;
    private final Map<Object, Object> properties;
    private final List<Locale> locales;
    private final String timeZone;

    private Hazards() {
        // The time zone first: the JDK sets user.timezone when it is first asked for it.
        timeZone = TimeZone.getDefault().getID();
        locales = locales();
        threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        properties = new HashMap<>(System.getProperties());
    }

    /** Takes the snapshot before a run. */
    static Hazards before() {
        return new Hazards();
    }

    /** What the run left behind, if anything: the first reason found. */
    Optional<String> after() throws InterruptedException {
        Optional<String> taint = JvmHealth.taint();
        if (taint.isPresent()) {
            return taint;
        }
        List<Thread> left = leftThreads();
        long deadline = System.currentTimeMillis() + THREAD_GRACE_MILLIS;
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            left = leftThreads();
        }
        if (!left.isEmpty()) {
            Thread thread = left.get(0);
            return Optional.of("the run left " + left.size() + (left.size() == 1 ? " thread" : " threads")
                    + " running, e.g. '" + thread.getName() + "'");
        }
        Properties now = System.getProperties();
        for (String name : now.stringPropertyNames()) {
            if (!properties.containsKey(name) && SET_BY_THE_JDK.contains(name)) {
                continue;
            }
            if (!now.getProperty(name).equals(properties.get(name))) {
                return Optional.of("the run " + (properties.containsKey(name) ? "changed" : "set")
                        + " the system property " + name);
            }
        }
        for (Object name : properties.keySet()) {
            if (!now.containsKey(name)) {
                return Optional.of("the run removed the system property " + name);
            }
        }
        if (!locales().equals(locales)) {
            return Optional.of("the run changed the default locale");
        }
        if (!TimeZone.getDefault().getID().equals(timeZone)) {
            return Optional.of("the run changed the default time zone");
        }
        return Optional.empty();
    }

    private List<Thread> leftThreads() {
        List<Thread> left = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (threads.contains(thread) || !thread.isAlive() || thread == Thread.currentThread()) {
                continue;
            }
            if (thread instanceof ForkJoinWorkerThread || thread.getName().startsWith("ojAlgo-")) {
                continue; // pools that outlive a run by design and hold no run's state
            }
            // Daemons that the JDK or wb start on first use (JShell's indexer, Java2D's
            // disposer, the next session's starter) are not a snippet's doing.
            if (!thread.isDaemon() || startedBySnippet(thread)) {
                left.add(thread);
            }
        }
        return left;
    }

    /** Whether a thread is in the thread group JShell runs snippets in, or one below it. */
    private static boolean startedBySnippet(Thread thread) {
        for (ThreadGroup group = thread.getThreadGroup(); group != null; group = group.getParent()) {
            if (SNIPPET_GROUP.equals(group.getName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Locale> locales() {
        return List.of(Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
                Locale.getDefault(Locale.Category.FORMAT));
    }
}
